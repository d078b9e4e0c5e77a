using System.Net;
using Eligibility.Core.Manuals;
using Eligibility.Ingest.Pipeline;
using Eligibility.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static Eligibility.Tests.Determinations.Api.DeterminationClient;

namespace Eligibility.Tests.Security;

/// <summary>A staged version is nobody's policy yet: its passages and source answer 404, whatever the id; a withdrawn one still opens from a citation.</summary>
public sealed class UnpublishedContentTests
{
    [Fact]
    public async Task A_caseworker_gets_404_for_every_passage_and_the_source_of_a_staged_version()
    {
        await using var app = new EligibilityApp();
        using var caseworker = await SignedInAsync(app, "caseworker");
        var pipeline = app.Services.GetRequiredService<IngestionPipeline>();
        var store = app.Services.GetRequiredService<IManualStore>();
        var draft = SampleManuals.NoticesGuide with { ManualId = "notices-guide-draft", Version = "2026-07-01" };
        Assert.Equal(IngestStatus.Staged, (await pipeline.IngestAsync(draft, publish: false, Ct)).Status);
        var key = new ManualVersionKey(draft.ManualId, draft.Version);
        var staged = await store.GetPassagesAsync(key, Ct);
        Assert.NotEmpty(staged);

        foreach (var passage in staged)
        {
            var (status, _) = await SendAsync(caseworker, new HttpRequestMessage(HttpMethod.Get, $"/api/passages/{Uri.EscapeDataString(passage.Id)}"));
            Assert.Equal(HttpStatusCode.NotFound, status);
        }

        var (source, _) = await SendAsync(caseworker, new HttpRequestMessage(HttpMethod.Get, $"/api/manuals/{key.ManualId}/{key.Version}/source"));
        Assert.Equal(HttpStatusCode.NotFound, source);

        // Published, then withdrawn: a citation to it still opens (the withdrawn text is what an earlier answer quoted).
        var published = (await store.GetPassagesAsync(new ManualVersionKey("medi-cal-eligibility-handbook", "2026-01-01"), Ct))[0];
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(caseworker, new HttpRequestMessage(HttpMethod.Get, $"/api/passages/{Uri.EscapeDataString(published.Id)}"))).Status);
        await store.RollbackAsync("medi-cal-eligibility-handbook", "policy", Ct);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(caseworker, new HttpRequestMessage(HttpMethod.Get, $"/api/passages/{Uri.EscapeDataString(published.Id)}"))).Status);
    }
}
