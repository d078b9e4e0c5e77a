using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Eligibility.Core.Audit;

/// <summary>
/// One append-only audit record. Its tag (<see cref="Hash"/>) covers its own content and the previous entry's tag,
/// so changing, removing or reordering any entry breaks the chain from there on. Entries are tagged with
/// HMAC-SHA256 under the key <see cref="KeyId"/> names, which is kept outside the database, so the chain cannot be
/// recomputed by someone who can only write to the database. Entries written before keys existed have no key id
/// and a plain SHA-256; they can only come before the first keyed entry.
/// </summary>
public sealed record AuditEntry(long Sequence, DateTimeOffset At, string Actor, string Kind, string Subject, string Payload, string PreviousHash, string Hash, string? KeyId = null)
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>The unkeyed SHA-256 of entries written before audit keys.</summary>
    public static string ComputeHash(long sequence, DateTimeOffset at, string actor, string kind, string subject, string payload, string previousHash) =>
        Convert.ToHexStringLower(SHA256.HashData(Canonical(sequence, at, actor, kind, subject, payload, previousHash, null)));

    /// <summary>The HMAC-SHA256 tag under <paramref name="key"/>; the key id is part of what is tagged.</summary>
    public static string ComputeTag(AuditKey key, long sequence, DateTimeOffset at, string actor, string kind, string subject, string payload, string previousHash) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key.Secret, Canonical(sequence, at, actor, kind, subject, payload, previousHash, key.Id)));

    public static AuditEntry Create(AuditKey key, long sequence, DateTimeOffset at, string actor, string kind, string subject, string payload, string previousHash) =>
        new(sequence, at, actor, kind, subject, payload, previousHash, ComputeTag(key, sequence, at, actor, kind, subject, payload, previousHash), key.Id);

    /// <summary>Whether the stored tag matches the content: under its key, or as a plain hash when it has none.</summary>
    public bool HoldsItsTag(AuditKey? key) => KeyId is null
        ? Hash == ComputeHash(Sequence, At, Actor, Kind, Subject, Payload, PreviousHash)
        : key is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Hash), Encoding.ASCII.GetBytes(ComputeTag(key, Sequence, At, Actor, Kind, Subject, Payload, PreviousHash)));

    private static byte[] Canonical(long sequence, DateTimeOffset at, string actor, string kind, string subject, string payload, string previousHash, string? keyId)
    {
        string[] parts = [sequence.ToString(CultureInfo.InvariantCulture), at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), actor, kind, subject, payload, previousHash];
        return Encoding.UTF8.GetBytes(string.Join('\n', keyId is null ? parts : [.. parts, keyId]));
    }
}

/// <summary>What to record: who, what kind of step, about what, and the details (serialised as JSON).</summary>
public sealed record AuditRecord(string Actor, string Kind, string Subject, object Details);

/// <summary>The result of walking the chain and checking state against it: intact, or the first thing that disagrees and why.</summary>
public sealed record AuditVerification(bool Intact, long Entries, long? FirstBroken, string? Reason)
{
    /// <summary>The latest checkpoint found outside the database, if any.</summary>
    public AuditCheckpoint? Checkpoint { get; init; }
}

/// <summary>The chain's head as recorded outside the database after a commit.</summary>
public sealed record AuditCheckpoint(long Sequence, string Tag, DateTimeOffset At);
