using Eligibility.Core.Audit;

namespace Eligibility.Infrastructure.Records;

/// <summary>An audit entry as stored; the sequence is assigned by the appender, never by the database.</summary>
internal sealed class AuditEntryRow
{
    public long Sequence { get; set; }
    public DateTime At { get; set; }
    public string Actor { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Payload { get; set; } = "";
    public string PreviousHash { get; set; } = "";
    public string Hash { get; set; } = "";
    public string? KeyId { get; set; }

    public static AuditEntryRow From(AuditEntry entry) => new()
    {
        Sequence = entry.Sequence,
        At = StoredTime.ToColumn(entry.At),
        Actor = entry.Actor,
        Kind = entry.Kind,
        Subject = entry.Subject,
        Payload = entry.Payload,
        PreviousHash = entry.PreviousHash,
        Hash = entry.Hash,
        KeyId = entry.KeyId,
    };

    public AuditEntry ToEntry() => new(Sequence, StoredTime.FromColumn(At), Actor, Kind, Subject, Payload, PreviousHash, Hash, KeyId);
}
