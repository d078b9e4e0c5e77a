using System.CommandLine;

namespace Eligibility.Ingest.Cli.Commands;

/// <summary><c>list</c>: manuals and their versions, with status and which one is in effect today.</summary>
internal static class ListCommand
{
    public static Command Create()
    {
        var manual = new Option<string?>("--manual") { Description = "Only this manual" };
        var command = new Command("list", "List manuals and their versions") { manual };
        command.SetAction(async (result, ct) =>
        {
            using var services = new CliServices(result.GetRequiredValue(CliOptions.Data));
            var store = services.Store;
            var versions = await store.ListVersionsAsync(result.GetValue(manual), ct);
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var inEffect = (await store.VersionsInEffectAsync(today, null, ct)).Select(v => v.Key).ToHashSet();
            if (result.GetValue(CliOptions.Json))
            {
                Output.Json(versions.Select(v => new
                {
                    Manual = v.ManualId, v.Version, v.Title, Effective = v.EffectiveDate, v.Status, InEffect = inEffect.Contains(v.Key),
                    Pages = v.PageCount, Passages = v.PassageCount, v.SourceFile, v.IngestedAt, v.PublishedAt, v.Warnings,
                }));
                return 0;
            }

            if (versions.Count == 0)
            {
                Output.Line("No manuals yet. Add some with: add --manifest corpus-samples/manifest.json --publish");
            }

            foreach (var v in versions)
            {
                var mark = inEffect.Contains(v.Key) ? "*" : " ";
                Output.Line($"{mark} {v.ManualId,-32} {v.Version,-12} effective {v.EffectiveDate:yyyy-MM-dd}  {v.Status.ToString().ToLowerInvariant(),-9} {v.PageCount,4} pages {v.PassageCount,5} passages  {v.Title}");
            }

            return 0;
        });
        return command;
    }
}
