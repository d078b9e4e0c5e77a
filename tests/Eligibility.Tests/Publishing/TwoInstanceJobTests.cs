using System.Text;
using System.Text.RegularExpressions;
using Eligibility.Core.Manuals;
using Eligibility.Infrastructure.Records;
using Eligibility.Tests.Determinations.Api;
using Eligibility.Tests.Records;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Publishing;

/// <summary>
/// Two server processes on one PostgreSQL, sharing Hangfire's queue: 50 uploads made on one of them are each
/// ingested exactly once, by whichever instance fetched the job, and no version is staged twice.
/// </summary>
public sealed partial class TwoInstanceJobTests
{
    private const int Uploads = 50;

    [Fact]
    public async Task Fifty_queued_jobs_on_two_instances_each_complete_once_and_no_version_is_staged_twice()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await RecordsTestDatabase.CreateAsync(RecordsOptions.Postgres);
        using var deployment = new TwoInstances(database, new Dictionary<string, string>
        {
            ["Publishing:Workers"] = "2",
            ["Publishing:MaxFilesPerUpload"] = $"{Uploads}",
            ["Publishing:SweepSeconds"] = "2",
        });
        var settings = deployment.Settings;
        await using var a = await ServerProcess.StartAsync(deployment.Folders[0], settings, ct);
        await using var b = await ServerProcess.StartAsync(deployment.Folders[1], settings, ct);
        using var policy = await DeterminationClient.SignedInAsync(a.BaseUrl, "policy");
        var files = Enumerable.Range(1, Uploads).Select(i => new AdminClient.Offered($"rules-{i:00}.md",
            Encoding.UTF8.GetBytes($"# County rules {i}\n\n## 1.{i} Office hours\n\nOffice {i} is open on weekdays from {8 + i % 3} to 5. Bring form MC {i}.\n"),
            $"county-rules-{i:00}", $"County rules {i}", "2026-01", "2026-01-01")).ToArray();
        var ids = await AdminClient.AcceptedAsync(policy, files);

        var finished = new List<System.Text.Json.JsonElement>();
        foreach (var id in ids)
        {
            finished.Add(await AdminClient.FinishedAsync(policy, id, seconds: 300));
        }

        Assert.All(finished, u => Assert.Equal("staged", u.GetProperty("status").GetString()));
        Assert.All(finished, u => Assert.Equal(1, u.GetProperty("attempts").GetInt32()));

        // Each job ran once, and the two instances shared the work.
        var ranOnA = Finished().Matches(a.Output).Select(m => m.Groups[1].Value).ToList();
        var ranOnB = Finished().Matches(b.Output).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Order(), ranOnA.Concat(ranOnB).Order());
        Assert.NotEmpty(ranOnA);
        Assert.NotEmpty(ranOnB);

        var records = database.Open(settings: deployment.Audit);
        foreach (var file in files)
        {
            var version = new ManualVersionKey(file.Manual, file.Version);
            Assert.Equal(1, (await records.Audit.ReadAsync(version.ToString(), ct)).Count(e => e.Kind == ManualAudit.Staged));
            Assert.Equal(VersionStatus.Staged, (await records.Manuals.FindVersionAsync(version, ct))?.Status);
        }

        var verification = await records.Audit.VerifyAsync(ct);
        Assert.True(verification.Intact, verification.Reason);
    }

    [GeneratedRegex(@"Upload (upl-[0-9a-f]+) \(.*?\) ended Staged")]
    private static partial Regex Finished();
}
