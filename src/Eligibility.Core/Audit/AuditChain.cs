namespace Eligibility.Core.Audit;

/// <summary>
/// Checks a run of entries in sequence order, one at a time (so a chain of any length is checked in bounded
/// memory): numbering without gaps, links, each entry's own tag under its key, and no unkeyed entry after a keyed one.
/// </summary>
public sealed class AuditChain(AuditKeyRing keys)
{
    private string _previous = AuditEntry.Genesis;
    private bool _keyed;

    /// <summary>Entries checked so far.</summary>
    public long Count { get; private set; }

    /// <summary>The last entry that held, or null before the first.</summary>
    public AuditEntry? Head { get; private set; }

    /// <summary>Why the entry breaks the chain, or null when it holds.</summary>
    public string? Check(AuditEntry entry)
    {
        Count++;
        var expected = (Head?.Sequence ?? 0) + 1;
        if (entry.Sequence != expected)
        {
            return $"entry {expected} is missing (found {entry.Sequence} next)";
        }

        if (entry.PreviousHash != _previous)
        {
            return $"entry {entry.Sequence} does not link to entry {entry.Sequence - 1}";
        }

        if (entry.KeyId is null && _keyed)
        {
            return $"entry {entry.Sequence} carries no key although entries before it do (it was rewritten without the key)";
        }

        var key = entry.KeyId is null ? null : keys.Find(entry.KeyId);
        if (entry.KeyId is not null && key is null)
        {
            return $"entry {entry.Sequence} was tagged with audit key '{entry.KeyId}', which is not configured (add it back to verify)";
        }

        if (!entry.HoldsItsTag(key))
        {
            return $"entry {entry.Sequence} was altered (its content no longer matches its tag)";
        }

        _keyed |= entry.KeyId is not null;
        _previous = entry.Hash;
        Head = entry;
        return null;
    }
}
