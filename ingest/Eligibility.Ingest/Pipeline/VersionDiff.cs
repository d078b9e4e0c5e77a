using Eligibility.Core.Passages;

namespace Eligibility.Ingest.Pipeline;

/// <summary>Sections added, removed and changed between two versions of a manual, matched by section number or path.</summary>
public sealed record VersionDiff(IReadOnlyList<SectionChange> Added, IReadOnlyList<SectionChange> Removed, IReadOnlyList<SectionChange> Changed, int Unchanged)
{
    public static VersionDiff Between(IReadOnlyList<Passage> from, IReadOnlyList<Passage> to)
    {
        var before = Sections(from);
        var after = Sections(to);
        var added = after.Where(a => !before.ContainsKey(a.Key)).Select(a => a.Value).ToList();
        var removed = before.Where(b => !after.ContainsKey(b.Key)).Select(b => b.Value).ToList();
        var common = after.Where(a => before.ContainsKey(a.Key)).ToList();
        var changed = common.Where(a => Normalise(before[a.Key].Text) != Normalise(a.Value.Text)).Select(a => a.Value).ToList();
        return new VersionDiff(added, removed, changed, common.Count - changed.Count);
    }

    private static Dictionary<string, SectionChange> Sections(IReadOnlyList<Passage> passages) =>
        passages.GroupBy(p => p.SectionNumber ?? p.SectionPath.ToString())
            .ToDictionary(
                g => g.Key,
                g => new SectionChange(g.First().SectionPath.ToString(), g.Key, g.Min(p => p.PageStart), g.Max(p => p.PageEnd), string.Join("\n", g.OrderBy(p => p.Ordinal).Select(p => p.Text))));

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>One section in a diff, with its pages in the version it comes from.</summary>
public sealed record SectionChange(string SectionPath, string Key, int PageStart, int PageEnd, string Text);
