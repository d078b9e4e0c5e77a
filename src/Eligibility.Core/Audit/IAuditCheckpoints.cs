namespace Eligibility.Core.Audit;

/// <summary>
/// An append-only record of the chain's head, kept outside the database: after every committed entry its
/// sequence and tag are appended here, so removing the newest entries, or rewriting the chain, is detected.
/// </summary>
public interface IAuditCheckpoints
{
    Task AppendAsync(AuditEntry head, CancellationToken ct);

    /// <summary>The checkpoint with the highest sequence, or null when none was ever written.</summary>
    Task<AuditCheckpoint?> LatestAsync(CancellationToken ct);
}
