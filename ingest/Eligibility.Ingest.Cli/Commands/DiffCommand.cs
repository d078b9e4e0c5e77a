using System.CommandLine;
using Eligibility.Core.Manuals;
using Eligibility.Ingest.Pipeline;
using Eligibility.Ingest.Publishing;

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
            var versions = new List<ManualVersion>();
            foreach (var key in keys)
            {
                versions.Add(await store.FindVersionAsync(key, ct) ?? throw new CliError($"no version {key}; run 'list --manual {id}' to see its versions"));
            }

            var review = await VersionReview.BetweenAsync(store, services.Impact, versions[0], versions[1], ct);
            var (diff, impact) = (review.Diff!, review.Impact);
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

            ReviewText.Print(review);
            return 0;
        });
        return command;
    }

    private static object Describe(SectionChange s) => new { Section = s.SectionPath, s.PageStart, s.PageEnd };
}
