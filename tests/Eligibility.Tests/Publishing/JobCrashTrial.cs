using System.Diagnostics;
using Eligibility.Core.Manuals;
using Eligibility.Core.Publishing;
using Eligibility.Tests.Determinations.Api;
using Eligibility.Tests.Records;
using Eligibility.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Eligibility.Tests.Publishing;

/// <summary>
/// One trial: on a copy of a data folder where the 2025 handbook is published, a server process takes an upload of
/// Part 435 and is killed with SIGKILL a random time later; a new process is started, and the upload must end
/// staged or failed with its reason; every version must hold exactly the passages it says, the handbook must still be
/// the one in effect with all of them, and the audit chain must hold.
/// </summary>
internal static class JobCrashTrial
{
    public const string Stable = "medi-cal-eligibility-handbook@2025-01-01";

    public static readonly IReadOnlyDictionary<string, string> Settings = new Dictionary<string, string>
    {
        ["Publishing:LeaseSeconds"] = "3",
        ["Publishing:SweepSeconds"] = "1",
    };

    public sealed record Outcome(TimeSpan KilledAfter, string StageAtKill, string Final, int Attempts, TimeSpan Recovery, IReadOnlyList<string> Problems);

    public static string Upload => SharedCorpus.Path("corpus", "pdf", "42-cfr-435_2019-10-01.pdf");

    /// <summary>A data folder with the 2025 handbook uploaded and published through a server.</summary>
    public static async Task<string> TemplateAsync(CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("eligibility-job-crash-template-").FullName;
        await using var server = await ServerProcess.StartAsync(folder, Settings, ct);
        using var policy = await DeterminationClient.SignedInAsync(server.BaseUrl, "policy");
        var handbook = SampleManuals.Handbook2025;
        var id = (await AdminClient.AcceptedAsync(policy, new AdminClient.Offered(Path.GetFileName(handbook.File), await File.ReadAllBytesAsync(handbook.File, ct),
            handbook.ManualId, handbook.Title, handbook.Version, handbook.EffectiveDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))))[0];
        Assert.Equal("staged", (await AdminClient.FinishedAsync(policy, id)).GetProperty("status").GetString());
        await AdminClient.PostAsync(policy, $"/api/admin/versions/{handbook.ManualId}/{handbook.Version}/publish");
        return folder;
    }

    /// <summary>How long an uninterrupted upload of <see cref="Upload"/> takes from the upload's answer to its job's end.</summary>
    public static async Task<TimeSpan> UninterruptedAsync(string template, CancellationToken ct)
    {
        var folder = Copy(template);
        try
        {
            await using var server = await ServerProcess.StartAsync(folder, Settings, ct);
            using var policy = await DeterminationClient.SignedInAsync(server.BaseUrl, "policy");
            var watch = Stopwatch.StartNew();
            var id = (await AdminClient.AcceptedAsync(policy, AdminClient.Corpus(Upload, "42-cfr-435", "2019-10-01")))[0];
            Assert.Equal("staged", (await AdminClient.FinishedAsync(policy, id)).GetProperty("status").GetString());
            return watch.Elapsed;
        }
        finally
        {
            Delete(folder);
        }
    }

    public static async Task<Outcome> RunAsync(string template, TimeSpan killAfter, CancellationToken ct)
    {
        var folder = Copy(template);
        try
        {
            string id, stageAtKill;
            await using (var first = await ServerProcess.StartAsync(folder, Settings, ct))
            {
                using var policy = await DeterminationClient.SignedInAsync(first.BaseUrl, "policy");
                id = (await AdminClient.AcceptedAsync(policy, AdminClient.Corpus(Upload, "42-cfr-435", "2019-10-01")))[0];
                await Task.Delay(killAfter, ct);
                stageAtKill = (await AdminClient.GetAsync(policy, $"/api/admin/uploads/{id}")).GetProperty("stage").GetString()!;
                await first.KillAsync();
            }

            var problems = new List<string>();
            var recovery = Stopwatch.StartNew();
            string final;
            int attempts;
            await using (var second = await ServerProcess.StartAsync(folder, Settings, ct))
            {
                using var policy = await DeterminationClient.SignedInAsync(second.BaseUrl, "policy");
                var upload = await AdminClient.FinishedAsync(policy, id, seconds: 120);
                final = upload.GetProperty("status").GetString()!;
                attempts = upload.GetProperty("attempts").GetInt32();
                if (final == "failed" && string.IsNullOrWhiteSpace(upload.GetProperty("error").GetString()))
                {
                    problems.Add("the upload failed without a reason");
                }

                if (final == "failed")
                {
                    problems.Add($"the upload failed after the restart: {upload.GetProperty("error").GetString()}");
                }

                using var caseworker = await DeterminationClient.SignedInAsync(second.BaseUrl, "caseworker");
                var inEffect = await AdminClient.GetAsync(caseworker, "/api/manuals/in-effect?asOf=2025-06-01");
                if (!inEffect.GetProperty("manuals").EnumerateArray().Any(m => m.GetProperty("version").GetString() == "2025-01-01"))
                {
                    problems.Add($"{Stable} is not in effect on 2025-06-01 after the restart: {inEffect}");
                }
            }

            await CheckRecordsAsync(folder, problems, ct);
            return new Outcome(killAfter, stageAtKill, final, attempts, recovery.Elapsed, problems);
        }
        finally
        {
            Delete(folder);
        }
    }

    /// <summary>Every version holds exactly the passages it says, nothing of 435 is published, the handbook is whole, the audit chain holds.</summary>
    private static async Task CheckRecordsAsync(string folder, List<string> problems, CancellationToken ct)
    {
        using var host = TestHost.Build(folder);
        var records = new OpenedRecords(host.Services);
        foreach (var version in await records.Manuals.ListVersionsAsync(null, ct))
        {
            var passages = (await records.Manuals.GetPassagesAsync(version.Key, ct)).Count;
            if (passages != version.PassageCount || passages == 0)
            {
                problems.Add($"{version.Key} ({version.Status}) says {version.PassageCount} passages and holds {passages}");
            }

            if (version.ManualId == "42-cfr-435" && version.Status != VersionStatus.Staged)
            {
                problems.Add($"{version.Key} is {version.Status}; an upload only stages");
            }
        }

        var stable = (await records.Manuals.VersionsInEffectAsync(new DateOnly(2025, 6, 1), ["medi-cal-eligibility-handbook"], ct)).SingleOrDefault();
        if (stable?.Key.ToString() != Stable || (await records.Manuals.GetPassagesAsync(stable.Key, ct)).Count != stable.PassageCount)
        {
            problems.Add($"{Stable} is not whole and in effect");
        }

        var staged = (await records.Audit.ReadAsync("42-cfr-435@2019-10-01", ct)).Count(e => e.Kind == ManualAudit.Staged);
        if (staged > 1)
        {
            problems.Add($"42-cfr-435@2019-10-01 was staged {staged} times");
        }

        var verification = await records.Audit.VerifyAsync(ct);
        if (!verification.Intact)
        {
            problems.Add($"the audit chain is broken: {verification.Reason}");
        }

        var unfinished = await host.Services.GetRequiredService<IUploadStore>().UnfinishedAsync(ct);
        if (unfinished.Count > 0)
        {
            problems.Add($"{unfinished.Count} uploads left unfinished");
        }
    }

    private static string Copy(string template)
    {
        var folder = Directory.CreateTempSubdirectory("eligibility-job-crash-").FullName;
        foreach (var file in Directory.GetFiles(template))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }

    public static void Delete(string folder)
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
