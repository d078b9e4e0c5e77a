using System.CommandLine;
using Eligibility.Core.Manuals;
using Eligibility.Ingest.Publishing;

namespace Eligibility.Ingest.Cli.Commands;

/// <summary>
/// <c>review</c> and <c>impact</c> for one version (<c>--manual</c>, <c>--version</c>): against the published version it
/// takes over from, the sections added, removed and changed with their text and word differences, its ingestion
/// warnings, and what on record cited the text it changes or removes (<c>impact</c> gives only that part).
/// </summary>
internal static class ReviewCommand
{
    public static Command Review() => Create("review", "Review a version against the one it takes over from: sections added, removed and changed, warnings, impact", impactOnly: false);

    public static Command Impact() => Create("impact", "The saved answers and determinations that cited text a version changes or removes", impactOnly: true);

    private static Command Create(string name, string description, bool impactOnly)
    {
        var manual = new Option<string>("--manual") { Description = "Manual id", Required = true };
        var version = new Option<string>("--version") { Description = "Version to review", Required = true };
        var command = new Command(name, description) { manual, version };
        command.SetAction(async (result, ct) =>
        {
            using var services = new CliServices(result.GetRequiredValue(CliOptions.Data));
            var key = new ManualVersionKey(result.GetRequiredValue(manual), result.GetRequiredValue(version));
            var found = await services.Store.FindVersionAsync(key, ct) ?? throw new CliError($"no version {key}; run 'list --manual {key.ManualId}' to see its versions");
            var review = await VersionReview.OfAsync(services.Store, services.Impact, found, ct);
            var report = ReviewReport.Of(review);
            if (result.GetValue(CliOptions.Json))
            {
                Output.Json<object>(impactOnly ? new { report.Version, report.Replaces, report.Impact } : report);
                return 0;
            }

            if (impactOnly)
            {
                Output.Line($"{key} against {review.Previous?.Key.ToString() ?? "no earlier published version"}");
                ReviewText.PrintImpact(review);
                return 0;
            }

            ReviewText.Print(review);
            foreach (var warning in found.Warnings)
            {
                Output.Line($"warning: {warning}");
            }

            return 0;
        });
        return command;
    }
}
