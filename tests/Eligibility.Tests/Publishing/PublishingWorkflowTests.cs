using System.Text.Json;
using Eligibility.Core.Determinations;
using Eligibility.Tests.Determinations.Api;
using Eligibility.Tests.Records;
using Eligibility.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Eligibility.Tests.Publishing;

/// <summary>
/// Policy staff's workflow through the server, on the shared corpus: Part 433's 2019 text is uploaded and published,
/// the 2020 text is uploaded (staged by a background job), its review shows § 433.400 added and the changed sections
/// with their word differences and lists an approved determination citing changed text; publishing flags that
/// determination and its caseworker is told live over SignalR and again at the next sign-in.
/// </summary>
public sealed class PublishingWorkflowTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Staging_433_2020_over_2019_shows_the_diff_and_the_impact_and_publishing_flags_the_determination_and_tells_its_owner()
    {
        await using var app = new EligibilityApp();
        var baseUrl = app.StartRealServer();
        using var policy = await DeterminationClient.SignedInAsync(baseUrl, "policy");

        var v2019 = await AdminClient.AcceptedAsync(policy, AdminClient.Corpus(SharedCorpus.Path("corpus", "pdf", "42-cfr-433_2019-10-01.pdf"), "42-cfr-433", "2019-10-01"));
        Assert.Equal("staged", (await AdminClient.FinishedAsync(policy, v2019[0])).GetProperty("status").GetString());
        await AdminClient.PostAsync(policy, "/api/admin/versions/42-cfr-433/2019-10-01/publish");

        var v2020 = await AdminClient.AcceptedAsync(policy, AdminClient.Corpus(SharedCorpus.Path("corpus", "pdf", "42-cfr-433_2020-11-02.pdf"), "42-cfr-433", "2020-11-02"));
        var staged = await AdminClient.FinishedAsync(policy, v2020[0]);
        Assert.Equal("staged", staged.GetProperty("status").GetString());
        Assert.True(staged.GetProperty("passages").GetInt32() > 0);

        // Before any determination: the review has the diff and an empty impact.
        var review = await AdminClient.GetAsync(policy, "/api/admin/versions/42-cfr-433/2020-11-02/review");
        Assert.Equal("2019-10-01", review.GetProperty("replaces").GetProperty("version").GetString());
        Assert.Contains(review.GetProperty("added").EnumerateArray(), s => s.GetProperty("key").GetString()!.Contains("433.400", StringComparison.Ordinal));
        var changed = review.GetProperty("changed").EnumerateArray().ToList();
        Assert.NotEmpty(changed);
        var edit = changed.First(c => c.GetProperty("words").EnumerateArray().Any(w => w.GetProperty("change").GetString() == "added"));
        Assert.NotEqual(edit.GetProperty("before").GetProperty("text").GetString(), edit.GetProperty("after").GetProperty("text").GetString());
        Assert.Empty(review.GetProperty("impact").GetProperty("determinations").EnumerateArray());

        // A caseworker's approved determination cites a passage of that changed section.
        var passageId = (await app.Services.GetRequiredService<Eligibility.Core.Manuals.IManualStore>()
            .GetPassagesAsync(new Eligibility.Core.Manuals.ManualVersionKey("42-cfr-433", "2019-10-01"), Ct))
            .First(p => (p.SectionNumber ?? p.SectionPath.ToString()) == edit.GetProperty("key").GetString()).Id;
        var determinations = app.Services.GetRequiredService<IDeterminationStore>();
        var sample = DeterminationSamples.Draft("det-433", createdBy: "caseworker");
        await determinations.AddAsync(sample with { Draft = sample.Draft with { Citations = [sample.Draft.Citations[0] with { PassageId = passageId }] } }, DeterminationSamples.Audit("det-433"), Ct);
        Assert.True(await determinations.DecideAsync("det-433", DeterminationSamples.Approve("caseworker", DeterminationSamples.Noon), DeterminationSamples.Audit("det-433", "determination-approved"), Ct));

        review = await AdminClient.GetAsync(policy, "/api/admin/versions/42-cfr-433/2020-11-02/review");
        var impacted = Assert.Single(review.GetProperty("impact").GetProperty("determinations").EnumerateArray());
        Assert.Equal(("det-433", "caseworker", "Approved"), (impacted.GetProperty("determination").GetString(), impacted.GetProperty("owner").GetString(), impacted.GetProperty("state").GetString()));
        Assert.Contains(passageId, impacted.GetProperty("passages").EnumerateArray().Select(p => p.GetString()));

        // The caseworker is in the panel while policy staff publish.
        var cookie = await HubClient.SignInAsync(baseUrl, "caseworker", "caseworker-demo");
        await using var panel = await HubSession.ConnectAsync(baseUrl, cookie, Ct);
        var live = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        panel.Connection.On<JsonElement>("notice", n => live.TrySetResult(n));

        var published = await AdminClient.PostAsync(policy, "/api/admin/versions/42-cfr-433/2020-11-02/publish");
        Assert.Equal("det-433", Assert.Single(published.GetProperty("flagged").EnumerateArray()).GetProperty("determination").GetString());

        var notice = await live.Task.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        Assert.Equal(("determination-flagged", "det-433"), (notice.GetProperty("kind").GetString(), notice.GetProperty("subject").GetString()));
        Assert.Contains("Review determination det-433", notice.GetProperty("text").GetString(), StringComparison.Ordinal);

        // At the next sign-in the notice is still there, until dismissed.
        using var caseworker = await DeterminationClient.SignedInAsync(baseUrl, "caseworker");
        var pending = Assert.Single((await AdminClient.GetAsync(caseworker, "/api/notices")).EnumerateArray());
        Assert.Equal("det-433", pending.GetProperty("subject").GetString());
        var (status, _) = await DeterminationClient.SendAsync(caseworker, DeterminationClient.Post($"/api/notices/{pending.GetProperty("id").GetString()}/dismiss", null));
        Assert.Equal(System.Net.HttpStatusCode.NoContent, status);
        Assert.Empty((await AdminClient.GetAsync(caseworker, "/api/notices")).EnumerateArray());

        // Every act is on record, by whom.
        var audit = app.Services.GetRequiredService<Eligibility.Core.Audit.IAuditLog>();
        Assert.Contains(await audit.ReadAsync(v2020[0], Ct), e => e.Kind == "upload-received" && e.Actor == "policy");
        Assert.Contains(await audit.ReadAsync(v2020[0], Ct), e => e.Kind == "upload-staged" && e.Actor == "policy");
        var published2020 = await audit.ReadAsync("42-cfr-433@2020-11-02", Ct);
        Assert.Contains(published2020, e => e.Kind == "manual-published" && e.Actor == "policy");
        Assert.Contains(published2020, e => e.Kind == "determinations-flagged" && e.Payload.Contains("det-433", StringComparison.Ordinal));

        // Publishing again raises nothing twice.
        await AdminClient.PostAsync(policy, "/api/admin/versions/42-cfr-433/2020-11-02/publish");
        Assert.Empty((await AdminClient.GetAsync(caseworker, "/api/notices")).EnumerateArray());
    }
}
