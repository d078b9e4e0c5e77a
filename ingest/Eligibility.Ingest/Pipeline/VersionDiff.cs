using Eligibility.Core.Passages;

namespace Eligibility.Ingest.Pipeline;

/// <summary>
/// Sections added, removed and changed between two versions of a manual, matched by section number or path; a
/// changed section carries both texts and their word-level differences.
/// </summary>
public sealed record VersionDiff(IReadOnlyList<SectionChange> Added, IReadOnlyList<SectionChange> Removed, IReadOnlyList<SectionRevision> Changed, int Unchanged)
{
    /// <summary>The earlier version's passages whose text this diff changes or removes: what answers and determinations may have relied on.</summary>
    public IReadOnlyList<string> PassagesChangedOrRemoved => [.. Removed.SelectMany(s => s.PassageIds), .. Changed.SelectMany(c => c.Before.PassageIds)];

    public static VersionDiff Between(IReadOnlyList<Passage> from, IReadOnlyList<Passage> to)
    {
        var before = Sections(from);
        var after = Sections(to);
        var added = after.Where(a => !before.ContainsKey(a.Key)).Select(a => a.Value).ToList();
        var removed = before.Where(b => !after.ContainsKey(b.Key)).Select(b => b.Value).ToList();
        var common = after.Where(a => before.ContainsKey(a.Key)).ToList();
        var changed = common.Where(a => WordDiff.Normalise(before[a.Key].Text) != WordDiff.Normalise(a.Value.Text)).Select(a => new SectionRevision(before[a.Key], a.Value)).ToList();
        return new VersionDiff(added, removed, changed, common.Count - changed.Count);
    }

    private static Dictionary<string, SectionChange> Sections(IReadOnlyList<Passage> passages) =>
        passages.GroupBy(p => p.SectionNumber ?? p.SectionPath.ToString())
            .ToDictionary(
                g => g.Key,
                g => new SectionChange(g.First().SectionPath.ToString(), g.Key, g.Min(p => p.PageStart), g.Max(p => p.PageEnd), string.Join("\n", g.OrderBy(p => p.Ordinal).Select(p => p.Text)))
                {
                    PassageIds = [.. g.OrderBy(p => p.Ordinal).Select(p => p.Id)],
                });
}

/// <summary>One section in a diff, with its pages and passages in the version it comes from.</summary>
public sealed record SectionChange(string SectionPath, string Key, int PageStart, int PageEnd, string Text)
{
    public IReadOnlyList<string> PassageIds { get; init; } = [];
}

/// <summary>A section in both versions whose text changed: the earlier and later text, and what changed word by word.</summary>
public sealed record SectionRevision(SectionChange Before, SectionChange After)
{
    private IReadOnlyList<WordRun>? _words;

    public string Key => After.Key;

    public IReadOnlyList<WordRun> Words => _words ??= WordDiff.Between(Before.Text, After.Text);
}
