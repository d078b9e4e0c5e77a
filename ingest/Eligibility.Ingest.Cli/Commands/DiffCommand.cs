using System.CommandLine;
using Eligibility.Core.Manuals;
using Eligibility.Ingest.Pipeline;

namespace Eligibility.Ingest.Cli.Commands;

/// <summary><c>diff</c>: sections added, removed and changed between two versions of a manual.</summary>
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

            var diff = VersionDiff.Between(await store.GetPassagesAsync(keys[0], ct), await store.GetPassagesAsync(keys[1], ct));
            if (result.GetValue(CliOptions.Json))
            {
                Output.Json(new
                {
                    Manual = id, From = keys[0].Version, To = keys[1].Version,
                    Added = diff.Added.Select(Describe), Removed = diff.Removed.Select(Describe), Changed = diff.Changed.Select(Describe), diff.Unchanged,
                });
                return 0;
            }

            Output.Line($"{id}: {keys[0].Version} -> {keys[1].Version}: {diff.Added.Count} added, {diff.Removed.Count} removed, {diff.Changed.Count} changed, {diff.Unchanged} unchanged");
            foreach (var (mark, list) in new[] { ("+", diff.Added), ("-", diff.Removed), ("~", diff.Changed) })
            {
                foreach (var s in list)
                {
                    Output.Line($"  {mark} {s.SectionPath} (p. {s.PageStart}{(s.PageEnd != s.PageStart ? $"-{s.PageEnd}" : "")})");
                }
            }

            return 0;
        });
        return command;
    }

    private static object Describe(SectionChange s) => new { Section = s.SectionPath, s.PageStart, s.PageEnd };
}
