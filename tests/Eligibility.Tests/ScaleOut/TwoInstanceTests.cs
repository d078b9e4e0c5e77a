using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Eligibility.Core.Determinations;
using Eligibility.Core.Manuals;
using Eligibility.Infrastructure.Records;
using Eligibility.Tests.Determinations.Api;
using Eligibility.Tests.Publishing;
using Eligibility.Tests.Records;
using Eligibility.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;

namespace Eligibility.Tests.ScaleOut;

/// <summary>
/// Two server processes on one PostgreSQL and one Redis, as behind a load balancer: a caseworker signed in on A is
/// signed in on B too; an answer asked on A is in their history on B; a version published through B is what A answers
/// from at once, with A's index warmed by the catalogue notification within 5 s; and a notice raised on B reaches
/// the caseworker's panel connected to A. Readiness reports the database and Redis.
/// </summary>
public sealed class TwoInstanceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_instances_share_sign_ins_history_versions_and_notices()
    {
        var redis = TestRedis.Require();
        await using var database = await RecordsTestDatabase.CreateAsync(RecordsOptions.Postgres);
        using var deployment = new TwoInstances(database, new Dictionary<string, string>
        {
            ["Redis:Configuration"] = redis,
            ["Redis:ChannelPrefix"] = "test-" + Guid.NewGuid().ToString("n")[..8],
        });
        var settings = deployment.Settings;
        await using var a = await ServerProcess.StartAsync(deployment.Folders[0], settings, Ct);
        await using var b = await ServerProcess.StartAsync(deployment.Folders[1], settings, Ct);
        var ready = await new HttpClient().GetStringAsync($"{a.BaseUrl}/health/ready", Ct);
        Assert.Contains("\"records\":{\"status\":\"healthy\"", ready, StringComparison.Ordinal);
        Assert.Contains("\"redis\":{\"status\":\"healthy\"", ready, StringComparison.Ordinal);

        // Published through B.
        using var policyOnB = await DeterminationClient.SignedInAsync(b.BaseUrl, "policy");
        await PublishAsync(policyOnB, "v1", "The county office opens at 8 in the morning on weekdays.");

        // The caseworker signs in on A; the same cookie works on B.
        var cookie = await HubClient.SignInAsync(a.BaseUrl, "caseworker", "caseworker-demo");
        await using var panelOnA = await HubSession.ConnectAsync(a.BaseUrl, cookie, Ct);
        var answer = await AskAsync(panelOnA, "When does the county office open?");
        Assert.Contains("county-office-hours@v1", answer, StringComparison.Ordinal);
        await using var panelOnB = await HubSession.ConnectAsync(b.BaseUrl, cookie, Ct);
        var history = await panelOnB.InvokeAsync("ListConversations", Ct);
        Assert.Contains(history.EnumerateArray(), c => c.GetProperty("title").GetString()!.Contains("When does the county office open?", StringComparison.Ordinal));

        // A new version published through B: A answers from it, and A's index was warmed within 5 s.
        var refreshesBefore = Refreshes(a);
        var clock = Stopwatch.StartNew();
        await PublishAsync(policyOnB, "v2", "The county office opens at 9 in the morning on weekdays.");
        Assert.Contains("county-office-hours@v2", await AskAsync(panelOnA, "When does the county office open?"), StringComparison.Ordinal);
        while (Refreshes(a) == refreshesBefore)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"A did not refresh within 5 s of the publish on B:\n{a.Output}");
            await Task.Delay(100, Ct);
        }

        // A notice raised on B (publishing text an approved determination cited) reaches the caseworker on A.
        var records = database.Open(settings: deployment.Audit);
        var cited = (await records.Manuals.GetPassagesAsync(new ManualVersionKey("county-office-hours", "v2"), Ct))[0].Id;
        var sample = DeterminationSamples.Draft("det-scale", createdBy: "caseworker");
        await records.Determinations.AddAsync(sample with { Draft = sample.Draft with { Citations = [sample.Draft.Citations[0] with { PassageId = cited }] } }, DeterminationSamples.Audit("det-scale"), Ct);
        Assert.True(await records.Determinations.DecideAsync("det-scale", DeterminationSamples.Approve("caseworker", DeterminationSamples.Noon), DeterminationSamples.Audit("det-scale", "determination-approved"), Ct));
        var notice = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        panelOnA.Connection.On<JsonElement>("notice", n => notice.TrySetResult(n));
        await PublishAsync(policyOnB, "v3", "The county office opens at 10 in the morning on weekdays.");
        var seen = await notice.Task.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        Assert.Equal("det-scale", seen.GetProperty("subject").GetString());
    }

    private static int Refreshes(ServerProcess server) =>
        System.Text.RegularExpressions.Regex.Count(server.Output, "The catalogue changed on another instance");

    private static async Task PublishAsync(HttpClient policy, string version, string text)
    {
        var id = (await AdminClient.AcceptedAsync(policy, new AdminClient.Offered($"hours-{version}.md", Encoding.UTF8.GetBytes($"# County office hours\n\n## 1.1 Opening hours\n\n{text}\n"),
            "county-office-hours", "County office hours", version, "2026-01-01")))[0];
        Assert.Equal("staged", (await AdminClient.FinishedAsync(policy, id)).GetProperty("status").GetString());
        await AdminClient.PostAsync(policy, $"/api/admin/versions/county-office-hours/{version}/publish");
    }

    /// <summary>The answer's citations, as text naming each cited manual version.</summary>
    private static async Task<string> AskAsync(HubSession panel, string question)
    {
        var events = await panel.StreamAsync("Ask", new { question }, Ct);
        return string.Join(" ", events.Where(e => e.TryGetProperty("passageId", out _))
            .Select(e => $"{e.GetProperty("manualId").GetString()}@{e.GetProperty("version").GetString()}"));
    }
}
