namespace Eligibility.Core.Audit;

/// <summary>Checks a run of entries in sequence order: numbering without gaps, links, and each entry's own hash.</summary>
public static class AuditChain
{
    public static AuditVerification Verify(IEnumerable<AuditEntry> entries)
    {
        var previous = AuditEntry.Genesis;
        long expected = 1, count = 0;
        foreach (var entry in entries)
        {
            count++;
            if (entry.Sequence != expected)
            {
                return new(false, count, expected, $"entry {expected} is missing (found {entry.Sequence} next)");
            }

            if (entry.PreviousHash != previous)
            {
                return new(false, count, entry.Sequence, $"entry {entry.Sequence} does not link to entry {entry.Sequence - 1}");
            }

            if (!entry.HoldsItsHash)
            {
                return new(false, count, entry.Sequence, $"entry {entry.Sequence} was altered (its content no longer matches its hash)");
            }

            previous = entry.Hash;
            expected++;
        }

        return new(true, count, null, null);
    }
}
