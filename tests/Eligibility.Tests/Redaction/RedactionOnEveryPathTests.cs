using Eligibility.Core.Answering;
using Eligibility.Core.Determinations;
using Eligibility.Tests.Anthropic;

namespace Eligibility.Tests.Redaction;

/// <summary>
/// Every caseworker text on every path to the model, asserted on what the loopback Messages server received
/// (the manuals' passages aside): a question, a follow-up (its rewrite request and the answer request after it),
/// and a determination's case notes. None of the personal values arrives; all of the policy content does. A
/// question the manuals cannot answer (a program they never mention, a later year's figure) is refused before any
/// call, so only its follow-up form reaches the wire.
/// </summary>
public sealed class RedactionOnEveryPathTests(Handbook2025Index handbook) : IClassFixture<Handbook2025Index>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, int> Texts => CaseworkerText.All();

    private static readonly ConversationTurn[] Earlier = [new("How soon must a beneficiary report an income change?", "Within 10 days of the change.")];

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task A_question(string file, int index)
    {
        var text = CaseworkerText.Load(file)[index];
        await using var claude = LoopbackMessagesServer.Start();
        claude.Fallback = _ => Sse.Answer("The policy manuals provided do not answer this question.");

        var events = await AskAsync(claude, new AskRequest("c1", text.Text, new DateOnly(2025, 6, 1), [], KnownNames: text.Case));

        if (claude.Requests.Count == 0)
        {
            // A question the manuals cannot answer (a name they never mention, a later year's figure) is refused before any model call: nothing was sent.
            Assert.True(events.OfType<AnswerCompleted>().Single().Abstained);
            Assert.StartsWith("The policy manuals in effect on", string.Concat(events.OfType<AnswerDelta>().Select(d => d.Text)), StringComparison.Ordinal);
            return;
        }

        AssertSent(text, Assert.Single(claude.Requests));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task A_follow_up_and_its_rewrite(string file, int index)
    {
        var text = CaseworkerText.Load(file)[index];
        await using var claude = LoopbackMessagesServer.Start();
        claude.Enqueue(MessagesReply.Message("What about the income change?"));
        claude.Fallback = _ => Sse.Answer("The policy manuals provided do not answer this question.");

        await AskAsync(claude, new AskRequest("c1", $"And what if {text.Text}", new DateOnly(2025, 6, 1), Earlier, KnownNames: text.Case));

        Assert.Equal(2, claude.Requests.Count); // the rewrite, then the answer
        Assert.Contains("standalone", claude.Requests[0].Json.GetProperty("system").GetRawText(), StringComparison.Ordinal);
        AssertSent(text, claude.Requests[0]);
        Assert.Empty(text.PersonalIn(claude.Requests[1].WrittenText));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task A_determinations_case_notes(string file, int index)
    {
        var text = CaseworkerText.Load(file)[index];
        await using var claude = LoopbackMessagesServer.Start();
        claude.Enqueue(DraftingTestSetup.Prepared, DraftingTestSetup.CitedDraft());
        using var drafter = DraftingTestSetup.Drafter(ClaudeTestSetup.Options(claude, maxRetries: 0));
        var drafting = new DeterminationDrafting(handbook.Retriever(), CaseFiguresCalculator.Default, drafter);
        var names = text.Case.Count > 0 ? text.Case : ["Alex Morgan"];
        var facts = DraftingTestSetup.Facts with
        {
            Household = [.. names.Select((name, i) => DraftingTestSetup.Facts.Household[0] with { Name = name, Relationship = i == 0 ? Relationship.Self : Relationship.Spouse })],
            Income = [],
            Notes = text.Text,
        };

        await drafting.DraftAsync(facts, Ct);

        Assert.Equal(2, claude.Requests.Count); // preparing (Semantic Kernel), then drafting (the SDK)
        Assert.All(claude.Requests, r => AssertSent(text, r));
    }

    private async Task<List<AnswerEvent>> AskAsync(LoopbackMessagesServer claude, AskRequest request)
    {
        using var generator = ClaudeTestSetup.Generator(ClaudeTestSetup.Options(claude, maxRetries: 0));
        // No relevance floor: the model is asked whatever the passages' support, so that every answerable text reaches the wire.
        var assistant = new AssistantService(handbook.Retriever(), new AnsweringOptions { RelevanceFloor = 0 }, generator);
        var events = new List<AnswerEvent>();
        await foreach (var e in assistant.AskAsync(request, Ct))
        {
            events.Add(e);
        }

        return events;
    }

    private static void AssertSent(CaseworkerText text, RecordedMessagesRequest request)
    {
        var sent = request.WrittenText;
        Assert.True(text.PersonalIn(sent).Count == 0, $"personal data reached the model: {string.Join(", ", text.PersonalIn(sent))}");
        Assert.True(text.PolicyMissingFrom(sent).Count == 0, $"policy content did not reach the model: {string.Join(", ", text.PolicyMissingFrom(sent))}");
    }
}
