using System.Net;
using Eligibility.Core.Answering;
using Eligibility.Core.Audit;
using Eligibility.Core.Conversations;
using Eligibility.Core.Manuals;
using Eligibility.Ingest.Pipeline;
using Eligibility.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static Eligibility.Tests.Determinations.Api.DeterminationClient;

namespace Eligibility.Tests.Security;

/// <summary>A staged version is nobody's policy yet: its passages and source answer 404, whatever the id; a withdrawn one opens only from a citation its reader can see.</summary>
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

    }

    [Fact]
    public async Task A_withdrawn_passage_opens_only_for_someone_who_can_see_a_citation_of_it_and_says_it_is_withdrawn()
    {
        await using var app = new EligibilityApp(settings: new Dictionary<string, string>
        {
            ["Users:0:Name"] = "second-caseworker", ["Users:0:PasswordHash"] = Eligibility.Server.Identity.PasswordHashing.Hash("second-caseworker-demo"),
            ["Users:0:Roles:0"] = "caseworker",
        });
        using var caseworker = await SignedInAsync(app, "caseworker");
        using var other = await SignedInAsync(app, "second-caseworker");
        using var admin = await SignedInAsync(app, "admin");
        var store = app.Services.GetRequiredService<IManualStore>();
        var passages = await store.GetPassagesAsync(new ManualVersionKey("medi-cal-eligibility-handbook", "2026-01-01"), Ct);
        var (cited, uncited) = (passages[0], passages[1]);
        var (open, view) = await SendAsync(caseworker, Get(cited.Id));
        Assert.Equal(HttpStatusCode.OK, open);
        Assert.False(view.GetProperty("withdrawn").GetBoolean());

        // The caseworker's answer cited the passage; then the version was rolled back.
        var conversations = app.Services.GetRequiredService<IConversationStore>();
        var conversation = await conversations.StartAsync("caseworker", "property limit", Ct);
        var citation = new AnswerCitation(1, cited.Id, cited.Text[..20], 0, 20, cited.ManualId, cited.ManualTitle, cited.Version, cited.EffectiveDate, cited.SectionPath.ToString(), cited.PageStart, cited.PageEnd);
        await conversations.SaveAnswerAsync(new StoredAnswer("a1", conversation.Id, "q", "q", cited.Text[..20], false, AnswerMode.Extractive, null, new DateOnly(2026, 2, 1), [citation], DateTimeOffset.UtcNow),
            new AuditRecord("caseworker", "answered", conversation.Id, new { }), Ct);
        await store.RollbackAsync("medi-cal-eligibility-handbook", "policy", Ct);

        var (reopened, withdrawn) = await SendAsync(caseworker, Get(cited.Id));
        Assert.Equal(HttpStatusCode.OK, reopened);
        Assert.True(withdrawn.GetProperty("withdrawn").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(caseworker, Get(uncited.Id))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(other, Get(cited.Id))).Status);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(admin, Get(cited.Id))).Status);
    }

    private static HttpRequestMessage Get(string passageId) => new(HttpMethod.Get, $"/api/passages/{Uri.EscapeDataString(passageId)}");
}
