using System.Diagnostics;
using Eligibility.Core.Manuals;
using Eligibility.Tests.Records;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Crash;

/// <summary>
/// One crash trial: start <c>ingest add --publish</c> of the 2026 handbook on a copy of a data folder, kill it
/// (SIGKILL, with its children) after a random delay, then check what a crash must never leave behind.
/// </summary>
public static class CrashTrial
{
    public const string Stable = "medi-cal-eligibility-handbook@2025-01-01";

    public sealed record Outcome(string Template, TimeSpan KilledAfter, TimeSpan Ran, bool ExitedBeforeKill, bool InterruptedStartup, bool Published, TimeSpan NextStart, IReadOnlyList<string> Problems);

    /// <summary>A folder in today's layout: the 2025 handbook and the notices guide published through the CLI.</summary>
    public static async Task<string> MigratedTemplateAsync()
    {
        var folder = Directory.CreateTempSubdirectory("eligibility-crash-migrated-").FullName;
        foreach (var request in new[] { SampleManuals.Handbook2025, SampleManuals.NoticesGuide })
        {
            var result = await IngestCli.RunAsync([.. new[] { "add" }, .. AddArguments(request), "--publish", "--data", folder]);
            Assert.True(result.ExitCode == 0, result.StdErr);
        }

        return folder;
    }

    /// <summary>A folder in the layout before the one database (see <see cref="LegacyImportTests"/>): its first start migrates and imports.</summary>
    public static string LegacyTemplate() => LegacyDataFolder.Copy("eligibility-crash-legacy-");

    public static async Task<Outcome> RunAsync(string template, TimeSpan killAfter, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("eligibility-crash-trial-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(template))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            var legacy = File.Exists(Path.Combine(folder, "eligibility.db"));
            var run = Stopwatch.StartNew();
            using (var add = Process.Start(IngestCli.StartInfo(["add", .. AddArguments(SampleManuals.Handbook2026), "--publish", "--data", folder]))!)
            {
                var exited = await WaitAsync(add, killAfter, ct);
                var ran = run.Elapsed;
                if (!exited)
                {
                    add.Kill(entireProcessTree: true);
                    await add.WaitForExitAsync(ct);
                }

                // Before the old layout is imported its file keeps its name: a kill before then landed during start-up (migration or import).
                var interruptedStartup = legacy && !exited && File.Exists(Path.Combine(folder, "eligibility.db"));
                var problems = new List<string>();
                var clock = Stopwatch.StartNew();
                var next = await IngestCli.RunAsync(new Dictionary<string, string>(), TimeSpan.FromSeconds(60), "list", "--json", "--data", folder);
                var nextStart = clock.Elapsed;
                if (next.ExitCode != 0)
                {
                    problems.Add($"the next command failed: {next.StdErr}");
                }

                // A stale lock would make the next start wait out Records:MigrationLockSeconds (30 s) and fail; a loaded
                // two-core machine takes up to ~16 s for a cold start plus migration, which is slow but not stuck.
                if (nextStart > TimeSpan.FromSeconds(25))
                {
                    problems.Add($"the next command took {nextStart.TotalSeconds:N1} s");
                }

                var published = await CheckAsync(folder, problems, ct);
                return new Outcome(legacy ? "legacy" : "migrated", killAfter, ran, exited, interruptedStartup, published, nextStart, problems);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>Every published version has its audit entry, the chain holds, and the 2025 handbook keeps all its passages and is in effect for 2025.</summary>
    private static async Task<bool> CheckAsync(string folder, List<string> problems, CancellationToken ct)
    {
        using var host = TestHost.Build(folder);
        var records = new OpenedRecords(host.Services);
        var versions = await records.Manuals.ListVersionsAsync(null, ct);
        foreach (var version in versions.Where(v => v.Status == VersionStatus.Published))
        {
            if (!(await records.Audit.ReadAsync(version.Key.ToString(), ct)).Any(e => e.Kind == ManualAudit.Published))
            {
                problems.Add($"{version.Key} is published without a {ManualAudit.Published} audit entry");
            }
        }

        var verification = await records.Audit.VerifyAsync(ct);
        if (!verification.Intact)
        {
            problems.Add($"the audit chain is broken: {verification.Reason}");
        }

        var stable = versions.SingleOrDefault(v => v.Key.ToString() == Stable);
        var passages = stable is null ? 0 : (await records.Manuals.GetPassagesAsync(stable.Key, ct)).Count;
        if (stable is null || stable.Status != VersionStatus.Published || passages != 25 || stable.PassageCount != 25)
        {
            problems.Add($"{Stable} lost something: {stable?.Status.ToString() ?? "missing"}, {passages} passages");
        }

        if ((await records.Manuals.VersionsInEffectAsync(new DateOnly(2025, 6, 1), ["medi-cal-eligibility-handbook"], ct)).SingleOrDefault()?.Key.ToString() != Stable)
        {
            problems.Add($"{Stable} is not in effect on 2025-06-01");
        }

        return versions.Any(v => v.Version == "2026-01-01" && v.Status == VersionStatus.Published);
    }

    private static string[] AddArguments(Eligibility.Ingest.Pipeline.IngestRequest r) =>
        [r.File, "--manual", r.ManualId, "--title", r.Title, "--version", r.Version, "--effective", r.EffectiveDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)];

    private static async Task<bool> WaitAsync(Process process, TimeSpan limit, CancellationToken ct)
    {
        try
        {
            await process.WaitForExitAsync(ct).WaitAsync(limit, ct);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
