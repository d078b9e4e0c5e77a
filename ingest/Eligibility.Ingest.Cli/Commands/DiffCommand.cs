using System.CommandLine;
using Eligibility.Core.Manuals;
using Eligibility.Ingest.Pipeline;

namespace Eligibility.Ingest.Cli.Commands;

/// <summary>
/// <c>diff</c>: sections added, removed and changed between two versions of a manual, the changed words, and the
/// saved answers and determinations that cited the text the later version changes or removes.
/// </summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var manual = new Option<string>("--manual") { Description = "Manual id", Required = true };
        var from = new Option<string>("--from") { Description = "Earlier version", Required = true };
        var to = new Option<string>("--to") { Description = "Later version", Required = true };
        var command = new Command("diff", "Compare two versions of a manual section by section") { manual, from, to };
        command.SetAction(async (result, ct) =>
        {
            using var services = new CliServices(result.GetRequiredValue(CliOptions.Data));
            var store = services.Store;
            var id = result.GetRequiredValue(manual);
            var keys = new[] { new ManualVersionKey(id, result.GetRequiredValue(from)), new ManualVersionKey(id, result.GetRequiredValue(to)) };
            foreach (var key in keys)
            {
                if (await store.FindVersionAsync(key, ct) is null)
                {
                    return Output.Error($"no version {key}; run 'list --manual {id}' to see its versions");
                }
            }

            var review = await VersionReview.BetweenAsync(services, keys[0], keys[1], ct);
            var (diff, impact) = (review.Diff, review.Impact);
            if (result.GetValue(CliOptions.Json))
            {
                Output.Json(new
                {
                    Manual = id, From = keys[0].Version, To = keys[1].Version,
                    Added = diff.Added.Select(Describe), Removed = diff.Removed.Select(Describe), diff.Unchanged,
                    Impact = new
                    {
                        Answers = impact.Answers.Select(a => new { Answer = a.AnswerId, Conversation = a.ConversationId, a.User, a.Question, a.At, a.Passages }),
                        Determinations = impact.Determinations.Select(d => new { Determination = d.DeterminationId, d.Owner, d.State, d.At, d.Passages }),
                    },
                    Changed = diff.Changed.Select(c => new
                    {
                        Section = c.After.SectionPath, Before = new { c.Before.PageStart, c.Before.PageEnd }, After = new { c.After.PageStart, c.After.PageEnd },
                        Words = c.Words.Select(w => new { Change = w.Change.ToString().ToLowerInvariant(), w.Text }),
                    }),
                });
                return 0;
            }

            Output.Line($"{id}: {keys[0].Version} -> {keys[1].Version}: {diff.Added.Count} added, {diff.Removed.Count} removed, {diff.Changed.Count} changed, {diff.Unchanged} unchanged");
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

            // Who relied on the text this version changes or removes: the answers and determinations to look at before publishing.
            Output.Line($"relied on the changed or removed text: {review.ImpactLine}");
            foreach (var a in impact.Answers)
            {
                Output.Line($"  answer {a.AnswerId} ({a.User}, {a.At:yyyy-MM-dd}): {a.Question} [{string.Join(", ", a.Passages)}]");
            }

            foreach (var d in impact.Determinations)
            {
                Output.Line($"  determination {d.DeterminationId} ({d.State.ToLowerInvariant()}, {d.Owner}, {d.At:yyyy-MM-dd}) [{string.Join(", ", d.Passages)}]");
            }

            return 0;
        });
        return command;
    }

    private static object Describe(SectionChange s) => new { Section = s.SectionPath, s.PageStart, s.PageEnd };

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
