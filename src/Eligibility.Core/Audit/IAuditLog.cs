namespace Eligibility.Core.Audit;

/// <summary>The tamper-evident audit log: append-only, hash-chained, verifiable end to end.</summary>
public interface IAuditLog
{
    Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken ct);

    /// <summary>Entries about one subject (an answer, a manual version), oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadAsync(string subject, CancellationToken ct);

    /// <summary>Walks the whole chain and names the first entry that does not hold.</summary>
    Task<AuditVerification> VerifyAsync(CancellationToken ct);
}
