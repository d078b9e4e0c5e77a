using Eligibility.Core.Answering;
using Eligibility.Core.Audit;
using Eligibility.Core.Conversations;
using Eligibility.Core.Determinations;
using Eligibility.Core.Manuals;
using Eligibility.Ingest.Pipeline;
using Eligibility.Tests.Records;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Versions;

/// <summary>
/// Before a new version is published, the saved answers and determinations that cited text it changes or removes are
/// found; those that cited text it keeps are not.
/// </summary>
public sealed class ImpactTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Answers_and_determinations_citing_changed_or_removed_text_are_found_and_others_are_not()
    {
        using var data = new TempDataFolder();
        var before = await data.Pipeline.IngestAsync(SampleManuals.Handbook2025, publish: true, Ct);
        var after = await data.Pipeline.IngestAsync(SampleManuals.Handbook2026, publish: false, Ct);
        var old = await data.Store.GetPassagesAsync(before.Key, Ct);
        var propertyLimit = old.First(p => p.SectionNumber == "4.1");
        var kept = old.First(p => p.SectionNumber == "4.2");
        var removed = old.First(p => p.SectionNumber == "2.3");

        var conversations = data.Get<IConversationStore>();
        var conversation = await conversations.StartAsync("maria", "Property", Ct);
        await conversations.SaveAnswerAsync(Answer("a-limit", conversation.Id, propertyLimit.Id), new AuditRecord("maria", "answer", "a-limit", new { }), Ct);
        await conversations.SaveAnswerAsync(Answer("a-kept", conversation.Id, kept.Id), new AuditRecord("maria", "answer", "a-kept", new { }), Ct);
        var determinations = data.Get<IDeterminationStore>();
        var sample = DeterminationSamples.Draft("d-removed");
        var cited = sample with { Draft = sample.Draft with { Citations = [sample.Draft.Citations[0] with { PassageId = removed.Id }] } };
        await determinations.AddAsync(cited, DeterminationSamples.Audit("d-removed"), Ct);

        var diff = VersionDiff.Between(old, await data.Store.GetPassagesAsync(after.Key, Ct));
        var impact = await data.Get<IImpactQuery>().CitingAsync(diff.PassagesChangedOrRemoved, Ct);

        var answer = Assert.Single(impact.Answers);
        Assert.Equal(("a-limit", "maria"), (answer.AnswerId, answer.User));
        Assert.Equal([propertyLimit.Id], answer.Passages);
        var determination = Assert.Single(impact.Determinations);
        Assert.Equal(("d-removed", "Draft"), (determination.DeterminationId, determination.State));
        Assert.Equal([removed.Id], determination.Passages);
    }

    [Fact]
    public async Task Publishing_names_the_decided_determinations_that_relied_on_the_text_it_replaces()
    {
        using var data = new TempDataFolder();
        var before = await data.Pipeline.IngestAsync(SampleManuals.Handbook2025, publish: true, Ct);
        await data.Pipeline.IngestAsync(SampleManuals.Handbook2026, publish: false, Ct);
        var propertyLimit = (await data.Store.GetPassagesAsync(before.Key, Ct)).First(p => p.SectionNumber == "4.1");
        var determinations = data.Get<IDeterminationStore>();
        var sample = DeterminationSamples.Draft("d-approved");
        await determinations.AddAsync(sample with { Draft = sample.Draft with { Citations = [sample.Draft.Citations[0] with { PassageId = propertyLimit.Id }] } }, DeterminationSamples.Audit("d-approved"), Ct);
        Assert.True(await determinations.DecideAsync("d-approved", DeterminationSamples.Approve("maria", DeterminationSamples.Noon), DeterminationSamples.Audit("d-approved", "determination-approved"), Ct));

        var publish = await IngestCli.RunAsync("--data", data.Directory, "publish", "--manual", "medi-cal-eligibility-handbook", "--version", "2026-01-01");

        Assert.True(publish.ExitCode == 0, publish.StdErr);
        Assert.True(publish.StdOut.Contains("relied on text it changes or removes in medi-cal-eligibility-handbook@2025-01-01: 0 saved answers, 1 determinations (1 decided)", StringComparison.Ordinal), publish.StdOut);
        Assert.Contains("flagged for review: determination d-approved (approved, owner maria notified)", publish.StdOut, StringComparison.Ordinal);
        var flag = Assert.Single(await data.Get<Eligibility.Core.Publishing.INoticeStore>().UnreadAsync("maria", Ct));
        Assert.Equal((Eligibility.Core.Publishing.NoticeKinds.DeterminationFlagged, "d-approved"), (flag.Kind, flag.Subject));
    }

    private static StoredAnswer Answer(string id, string conversation, string passageId) => new(
        id, conversation, "What is the property limit?", "What is the property limit?", "The limit … [1]", false, AnswerMode.Extractive, null, new DateOnly(2025, 6, 1),
        [new AnswerCitation(1, passageId, "text", 0, 4, "medi-cal-eligibility-handbook", "Handbook", "2025-01-01", new DateOnly(2025, 1, 1), "4.1", 7, 7)],
        DeterminationSamples.Noon);
}
