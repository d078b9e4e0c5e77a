using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Eligibility.Ingest.Pipeline;
using Spectre.Console;

namespace Eligibility.Ingest.Cli.Commands;

/// <summary><c>add</c>: ingest files, folders or a manifest; each file succeeds or fails on its own.</summary>
internal static class AddCommand
{
    private static readonly string[] Extensions = [".pdf", ".html", ".htm", ".md", ".markdown", ".txt"];

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders to ingest", Arity = ArgumentArity.ZeroOrMore };
        var manifest = new Option<string?>("--manifest") { Description = "A manifest.json listing {file, manual, title, version, effective}" };
        var manual = new Option<string?>("--manual") { Description = "Manual id, e.g. medi-cal-eligibility-handbook" };
        var title = new Option<string?>("--title") { Description = "Manual title" };
        var version = new Option<string?>("--version") { Description = "Version label, e.g. 2026-01-01" };
        var effective = new Option<string?>("--effective") { Description = "Effective date, YYYY-MM-DD" };
        var publish = new Option<bool>("--publish") { Description = "Publish the new versions once staged, in one step (for scripts); without it they wait for review and `publish`" };
        var command = new Command("add", "Ingest policy manuals into the index as staged versions") { paths, manifest, manual, title, version, effective, publish };
        command.SetAction(async (result, ct) =>
        {
            IReadOnlyList<IngestRequest> requests;
            try
            {
                requests = result.GetValue(manifest) is { } m
                    ? Manifest.Read(m)
                    : FromPaths(result.GetValue(paths) ?? [], result.GetValue(manual), result.GetValue(title), result.GetValue(version), result.GetValue(effective));
            }
            catch (FormatException e)
            {
                return Output.Error(e.Message);
            }

            using var services = new CliServices(result.GetRequiredValue(CliOptions.Data));
            var json = result.GetValue(CliOptions.Json);
            var outcomes = await RunAsync(services.Pipeline, requests, result.GetValue(publish), json, ct);
            Report(outcomes, json);
            return outcomes.All(o => o.Succeeded) ? 0 : 1;
        });
        return command;
    }

    private static async Task<IReadOnlyList<IngestOutcome>> RunAsync(IngestionPipeline pipeline, IReadOnlyList<IngestRequest> requests, bool publish, bool json, CancellationToken ct)
    {
        if (json || !Output.Interactive)
        {
            return await IngestSchedule.RunAsync(pipeline, requests, publish, json ? null : o => Output.Line(Describe(o)), ct);
        }

        IReadOnlyList<IngestOutcome> outcomes = [];
        var watch = Stopwatch.StartNew();
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Ingesting", maxValue: requests.Count);
                var finished = new List<IngestOutcome>();
                outcomes = await IngestSchedule.RunAsync(pipeline, requests, publish, o =>
                {
                    lock (finished)
                    {
                        finished.Add(o);
                        var pages = finished.Sum(f => f.Pages);
                        var rate = pages / Math.Max(0.001, watch.Elapsed.TotalSeconds);
                        task.Description = Markup.Escape($"{finished.Count}/{requests.Count} files, {pages} pages, {finished.Sum(f => f.Passages)} passages, {rate:F0} pages/s");
                        task.Increment(1);
                    }
                }, ct);
            });
        foreach (var o in outcomes)
        {
            Output.Line(Describe(o));
        }

        return outcomes;
    }

    private static string Describe(IngestOutcome o)
    {
        var name = Path.GetFileName(o.File);
        var lines = o.Status == Pipeline.IngestStatus.Failed
            ? [$"FAILED    {o.Error}"]
            : new List<string> { $"{o.Status.ToString().ToLowerInvariant(),-9} {o.Key}  {name}  {o.Pages} pages, {o.Passages} passages ({o.Elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture)} s)" };
        lines.AddRange(o.Warnings.Select(w => $"  warning: {w}"));
        return string.Join(Environment.NewLine, lines);
    }

    private static void Report(IReadOnlyList<IngestOutcome> outcomes, bool json)
    {
        var failed = outcomes.Count(o => !o.Succeeded);
        if (json)
        {
            Output.Json(new
            {
                Files = outcomes.Select(o => new
                {
                    File = o.File,
                    Manual = o.Key.ManualId,
                    Version = o.Key.Version,
                    o.Status,
                    o.Pages,
                    o.Passages,
                    o.Warnings,
                    o.Error,
                    Seconds = Math.Round(o.Elapsed.TotalSeconds, 3),
                }),
                Succeeded = outcomes.Count - failed,
                Failed = failed,
            });
            return;
        }

        Output.Line($"{outcomes.Count - failed} of {outcomes.Count} files ingested ({outcomes.Count(o => o.Status == IngestStatus.Unchanged)} unchanged), {failed} failed.");
        foreach (var o in outcomes.Where(o => o.Status == IngestStatus.Staged))
        {
            // Staged versions answer nothing until someone who reviewed them publishes them.
            Output.Line($"{o.Key} is staged and answers nothing yet: review it (`diff --manual {o.Key.ManualId} --from VERSION --to {o.Key.Version}`), then `publish --manual {o.Key.ManualId} --version {o.Key.Version}`");
        }
        foreach (var o in outcomes.Where(o => !o.Succeeded))
        {
            Console.Error.WriteLine($"error: {o.Error}");
        }
    }

    private static List<IngestRequest> FromPaths(string[] paths, string? manual, string? title, string? version, string? effective)
    {
        if (paths.Length == 0)
        {
            throw new FormatException("add needs files or folders, or --manifest FILE");
        }

        if (manual is null || version is null || effective is null)
        {
            throw new FormatException("add FILE needs --manual ID, --version V and --effective YYYY-MM-DD (or use --manifest)");
        }

        if (!DateOnly.TryParseExact(effective, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new FormatException($"--effective '{effective}' is not a date in the form YYYY-MM-DD");
        }

        var files = paths.SelectMany(Expand).ToList();
        if (files.Count == 0)
        {
            throw new FormatException($"no manuals found in {string.Join(", ", paths)} (looked for {string.Join(" ", Extensions)})");
        }

        // Several files under one --manual become one manual each, named after the file.
        return files.Select(f => files.Count == 1
                ? new IngestRequest(f, manual, title ?? manual, version, date)
                : new IngestRequest(f, $"{manual}-{Slug(Path.GetFileNameWithoutExtension(f))}", $"{title ?? manual} — {Path.GetFileName(f)}", version, date))
            .ToList();
    }

    private static IEnumerable<string> Expand(string path) =>
        Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant())).Order(StringComparer.Ordinal)
            : [Path.GetFullPath(path)];

    private static string Slug(string name) =>
        string.Concat(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')).Trim('-');
}
