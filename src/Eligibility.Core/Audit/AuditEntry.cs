using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Eligibility.Core.Audit;

/// <summary>
/// One append-only audit record. Its hash covers its own content and the previous entry's hash, so changing,
/// removing or reordering any entry breaks the chain from there on.
/// </summary>
public sealed record AuditEntry(long Sequence, DateTimeOffset At, string Actor, string Kind, string Subject, string Payload, string PreviousHash, string Hash)
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string ComputeHash(long sequence, DateTimeOffset at, string actor, string kind, string subject, string payload, string previousHash)
    {
        var canonical = string.Join('\n', sequence.ToString(CultureInfo.InvariantCulture), at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), actor, kind, subject, payload, previousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    public bool HoldsItsHash => Hash == ComputeHash(Sequence, At, Actor, Kind, Subject, Payload, PreviousHash);
}

/// <summary>What to record: who, what kind of step, about what, and the details (serialised as JSON).</summary>
public sealed record AuditRecord(string Actor, string Kind, string Subject, object Details);

/// <summary>The result of walking the chain: intact, or the first entry that breaks it and why.</summary>
public sealed record AuditVerification(bool Intact, long Entries, long? FirstBroken, string? Reason);
