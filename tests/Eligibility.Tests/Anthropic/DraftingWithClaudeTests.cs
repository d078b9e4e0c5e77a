using System.Text.Json;
using Eligibility.Core.Answering;
using Eligibility.Core.Determinations;
using Eligibility.Core.Redaction;

namespace Eligibility.Tests.Anthropic;

/// <summary>
/// <see cref="DeterminationDrafting"/> (Core) with the Claude drafter against the loopback Messages server, over
/// the sample handbook in effect in the benefit month: what Claude claims is verified, what it computes is not used.
/// </summary>
public sealed class DraftingWithClaudeTests(Handbook2025Index handbook) : IClassFixture<Handbook2025Index>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_cited_draft_that_quotes_only_calculator_figures_keeps_its_outcome_and_the_figures_are_the_calculators()
    {
        await using var claude = LoopbackMessagesServer.Start();
        claude.Enqueue(DraftingTestSetup.Calculate(("toolu_1", DraftingTestSetup.WagesInput)), DraftingTestSetup.Prepared);
        claude.Enqueue(request => Draft(request,
                "likely-eligible",
                ("Countable income is $1,500.00 a month, which is 115.0% of the federal poverty level.", 0, null),
                ("The income limit for adults is $1,799.75 a month, 138% of the poverty level.", 1, null)));
        using var drafter = DraftingTestSetup.Drafter(ClaudeTestSetup.Options(claude));
        var drafting = new DeterminationDrafting(handbook.Retriever(), CaseFiguresCalculator.Default, drafter);
        var facts = DraftingTestSetup.Facts;

        var draft = await drafting.DraftAsync(facts, Ct);

        Assert.Equal(3, claude.Requests.Count);
        Assert.Equal(AnswerMode.Generated, draft.Mode);
        Assert.Equal("claude-test-model", draft.Model);
        Assert.Equal(DraftOutcome.LikelyEligible, draft.Outcome);
        Assert.Equal(0, draft.DroppedCitations);
        Assert.All(draft.Steps, s => Assert.True(s.Supported));
        Assert.All(draft.Steps, s => Assert.Empty(s.UnverifiedFigures));
        var checks = draft.Steps.Skip(2).ToList(); // a cited table of the income limit is set beside the calculator's, citing its row
        Assert.All(checks, s => Assert.StartsWith("The manual's table", s.Text, StringComparison.Ordinal));
        Assert.Equal(2 + checks.Count, draft.Citations.Count);
        var passages = claude.Requests[2].SearchResults;
        Assert.Equal(passages.Select(p => p.Source), draft.PassagesConsidered);
        Assert.Equal(FirstSentence(passages[0].Text), draft.Citations[0].CitedText);
        Assert.Equal(passages[0].Source, draft.Citations[0].PassageId);

        Assert.Equivalent(CaseFiguresCalculator.Default.Calculate(facts), draft.Figures, strict: true);
        Assert.Equal(1500.00m, draft.Figures.Income!.CountableMonthlyIncome);
        Assert.Equal(115.0m, draft.Figures.Income.PercentOfPovertyLevel);
        Assert.Equal(FactsRedactor.Redact(facts).Text, draft.FactsSentToModel);
        Assert.Equal(claude.Requests[1].LastUserContent[0].GetProperty("content").GetString(), Assert.Single(draft.CalculatorCalls).Output);
        Assert.Equal(draft.CalculatorCalls[0].Output, Assert.Single(draft.FunctionCalls).Result);
        Assert.Matches("^[0-9a-f]{64}$", draft.PromptHash);
    }

    [Fact]
    public async Task Claude_calls_the_calculator_plugin_twice_and_looks_up_policy_then_drafts_figures_that_equal_the_calculators_and_every_call_is_on_record()
    {
        await using var claude = LoopbackMessagesServer.Start();
        var couple = new { household_size = 2, incomes = new[] { new { kind = "wages", amount = 1500, frequency = "monthly" } } };
        claude.Enqueue(
            DraftingTestSetup.Calculate(("toolu_1", DraftingTestSetup.WagesInput)),
            MessagesReply.ToolUse(("toolu_2", DraftingTestSetup.CalculatorTool, couple), ("toolu_3", DraftingTestSetup.LookupTool, new { question = "When must a change in household size be reported?" })),
            DraftingTestSetup.Prepared);
        claude.Enqueue(request => Draft(request,
                "likely-eligible",
                ("Countable income is $1,500.00 a month, which is 115.0% of the federal poverty level.", 0, null),
                ("If a spouse joined the household, the same income would be 85.1% of the poverty level.", 1, null)));
        using var drafter = DraftingTestSetup.Drafter(ClaudeTestSetup.Options(claude));
        var drafting = new DeterminationDrafting(handbook.Retriever(), CaseFiguresCalculator.Default, drafter);
        var facts = DraftingTestSetup.Facts;

        var draft = await drafting.DraftAsync(facts, Ct);

        Assert.Equal(4, claude.Requests.Count);
        Assert.Equal(DraftOutcome.LikelyEligible, draft.Outcome);
        Assert.All(draft.Steps, s => Assert.True(s.Supported));
        Assert.All(draft.Steps, s => Assert.Empty(s.UnverifiedFigures)); // 115.0 and 85.1 are the calculator's

        // The lookup ran against the handbook in effect in the benefit month, and what it returned is citable.
        var lookup = JsonDocument.Parse(claude.Requests[2].LastUserContent[1].GetProperty("content").GetString()!).RootElement;
        var looked = lookup.GetProperty("passages").EnumerateArray().Select(p => p.GetProperty("id").GetString()!).ToList();
        Assert.NotEmpty(looked);
        Assert.All(lookup.GetProperty("passages").EnumerateArray(), p => Assert.Equal("2025-01-01", p.GetProperty("effective").GetString()));
        Assert.All(looked, id => Assert.Contains(id, draft.PassagesConsidered));
        Assert.All(looked, id => Assert.Contains(claude.Requests[3].SearchResults, r => r.Source == id));

        // On record: both calculator calls and the lookup, with what each returned.
        Assert.Equal([IncomeCalculatorTool.Name, IncomeCalculatorTool.Name, PolicyLookup.Name], draft.FunctionCalls.Select(c => c.Function));
        Assert.Equal(draft.CalculatorCalls.Select(c => c.Output), draft.FunctionCalls.Take(2).Select(c => c.Result));
        Assert.Contains("\"percent_of_poverty_level\":85.1", draft.FunctionCalls[1].Result, StringComparison.Ordinal);
        var determination = new Determination("det-1", "caseworker", DateTimeOffset.UnixEpoch, facts, draft, null);
        var record = JsonSerializer.SerializeToElement(Eligibility.Server.Determinations.DeterminationAudit.Drafted(determination).Details);
        Assert.Equal(3, record.GetProperty("functionCalls").GetArrayLength());
        Assert.Equal("find_policy", record.GetProperty("functionCalls")[2].GetProperty("Function").GetString());
    }

    [Fact]
    public async Task A_citation_not_in_the_passage_is_dropped_and_a_figure_the_calculator_did_not_produce_withholds_the_outcome()
    {
        await using var claude = LoopbackMessagesServer.Start();
        claude.Enqueue(DraftingTestSetup.Calculate(("toolu_1", DraftingTestSetup.WagesInput)), DraftingTestSetup.Prepared);
        claude.Enqueue(request => Draft(request,
                "likely-eligible",
                ("Countable income is $1,500.00 a month.", 0, "Income under the limit always qualifies without verification."),
                ("After work expenses, income is $1,234.56 a month.", 1, null)));
        using var drafter = DraftingTestSetup.Drafter(ClaudeTestSetup.Options(claude));
        var drafting = new DeterminationDrafting(handbook.Retriever(), CaseFiguresCalculator.Default, drafter);
        var facts = DraftingTestSetup.Facts;

        var draft = await drafting.DraftAsync(facts, Ct);

        Assert.Equal(1, draft.DroppedCitations);
        Assert.DoesNotContain(draft.Citations, c => c.CitedText.Contains("always qualifies", StringComparison.Ordinal));
        Assert.True(draft.Steps[0].Supported); // its other citation holds
        Assert.Empty(draft.Steps[0].UnverifiedFigures);
        Assert.True(draft.Steps[1].Supported);
        Assert.Equal(["$1,234.56"], draft.Steps[1].UnverifiedFigures);
        Assert.Equal(DraftOutcome.CannotTellYet, draft.Outcome);
        Assert.Contains(draft.MissingInformation, m => m.Contains("proposed outcome was withheld", StringComparison.Ordinal));
        Assert.Equivalent(CaseFiguresCalculator.Default.Calculate(facts), draft.Figures, strict: true);
    }

    /// <summary>
    /// Claude's final reply to <paramref name="request"/>: each step cites the first sentence of the search result
    /// at its index, verbatim, and optionally also a made-up quotation of the same search result.
    /// </summary>
    private static MessagesReply Draft(RecordedMessagesRequest request, string outcome, params (string Text, int Passage, string? MadeUpQuote)[] steps)
    {
        var passages = request.SearchResults;
        Assert.True(passages.Count >= 2, $"retrieval gave {passages.Count} passage(s)");
        var blocks = new List<ReplyBlock> { new($"OUTCOME: {outcome}\nSUMMARY: Income is under the limit for the benefit month.") };
        foreach (var (text, index, madeUp) in steps)
        {
            var (source, passage) = passages[index];
            ReplyCitation[] citations = madeUp is null
                ? [new ReplyCitation(source, FirstSentence(passage), index)]
                : [new ReplyCitation(source, FirstSentence(passage), index), new ReplyCitation(source, madeUp, index)];
            blocks.Add(new ReplyBlock("\nSTEP: "));
            blocks.Add(new ReplyBlock(text, citations));
        }

        blocks.Add(new ReplyBlock("\nMISSING: pay stubs for the last 30 days"));
        return MessagesReply.Cited([.. blocks]);
    }

    private static string FirstSentence(string text) => CitationVerifier.Sentences(text).First();
}
