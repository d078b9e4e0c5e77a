using Eligibility.Ingest.Pipeline;
using Eligibility.Ingest.Publishing;

namespace Eligibility.Ingest.Cli.Commands;

/// <summary>A review as plain lines: the counts, each section added, removed or changed (with its changed words), and the impact.</summary>
internal static class ReviewText
{
    public static void Print(VersionReview review)
    {
        var v = review.Version;
        if (review.Diff is not { } diff || review.Previous is not { } previous)
        {
            Output.Line($"{v.Key}: no earlier published version to compare with");
            return;
        }

        Output.Line($"{v.ManualId}: {previous.Version} -> {v.Version}: {diff.Added.Count} added, {diff.Removed.Count} removed, {diff.Changed.Count} changed, {diff.Unchanged} unchanged");
        foreach (var (mark, list) in new[] { ("+", diff.Added), ("-", diff.Removed) })
        {
            foreach (var s in list)
            {
                Output.Line($"  {mark} {s.SectionPath} ({Pages(s)})");
            }
        }

        foreach (var c in diff.Changed)
        {
            Output.Line($"  ~ {c.After.SectionPath} ({Pages(c.Before)} -> {Pages(c.After)})");
            Output.Line($"      {Marked(c.Words)}");
        }

        PrintImpact(review);
    }

    /// <summary>Who relied on the text a version changes or removes: the answers and determinations to look at before publishing.</summary>
    public static void PrintImpact(VersionReview review)
    {
        Output.Line($"relied on the changed or removed text: {review.ImpactLine}");
        foreach (var a in review.Impact.Answers)
        {
            Output.Line($"  answer {a.AnswerId} ({a.User}, {a.At:yyyy-MM-dd}): {a.Question} [{string.Join(", ", a.Passages)}]");
        }

        foreach (var d in review.Impact.Determinations)
        {
            Output.Line($"  determination {d.DeterminationId} ({d.State.ToLowerInvariant()}, {d.Owner}, {d.At:yyyy-MM-dd}) [{string.Join(", ", d.Passages)}]");
        }
    }

    private static string Pages(SectionChange s) => $"p. {s.PageStart}{(s.PageEnd != s.PageStart ? $"-{s.PageEnd}" : "")}";

    /// <summary>The changes marked as <c>[-taken out-]{+put in+}</c>, with a few words of what stayed around each.</summary>
    private static string Marked(IReadOnlyList<WordRun> words)
    {
        const int Context = 8;
        var parts = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            parts.Add(w.Change switch
            {
                WordChange.Removed => $"[-{w.Text.Trim()}-]",
                WordChange.Added => $"{{+{w.Text.Trim()}+}}",
                _ => Around(w.Text, keepStart: i > 0, keepEnd: i < words.Count - 1, Context),
            });
        }

        return string.Join(' ', parts.Where(p => p.Length > 0));
    }

    private static string Around(string text, bool keepStart, bool keepEnd, int context)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= 2 * context)
        {
            return string.Join(' ', words);
        }

        var head = keepStart ? string.Join(' ', words.Take(context)) + " …" : "";
        var tail = keepEnd ? "… " + string.Join(' ', words.TakeLast(context)) : "";
        return string.Join(' ', new[] { head, tail }.Where(p => p.Length > 0));
    }
}
