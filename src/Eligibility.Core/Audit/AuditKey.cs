using System.Security.Cryptography;

namespace Eligibility.Core.Audit;

/// <summary>A secret that authenticates audit entries (HMAC-SHA256), named so entries can say which key tagged them.</summary>
public sealed record AuditKey(string Id, byte[] Secret)
{
    public const int Bytes = 32;

    public static AuditKey Generate(string id) => new(id, RandomNumberGenerator.GetBytes(Bytes));

    public override string ToString() => $"audit key {Id}";
}

/// <summary>
/// The keys entries are verified with; the newest tags new entries. Rotation adds a key and keeps the older ones,
/// so entries tagged before still verify.
/// </summary>
public sealed class AuditKeyRing
{
    private readonly Dictionary<string, AuditKey> _byId;

    public AuditKeyRing(IReadOnlyList<AuditKey> keys)
    {
        if (keys.Count == 0)
        {
            throw new ArgumentException("an audit key ring needs at least one key", nameof(keys));
        }

        Current = keys[^1];
        _byId = keys.ToDictionary(k => k.Id, StringComparer.Ordinal);
    }

    /// <summary>The key that tags new entries.</summary>
    public AuditKey Current { get; }

    public AuditKey? Find(string id) => _byId.GetValueOrDefault(id);
}
