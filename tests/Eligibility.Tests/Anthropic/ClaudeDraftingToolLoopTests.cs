using System.Text.Json;
using System.Text.Json.Nodes;
using Eligibility.Core.Answering;
using Eligibility.Core.Determinations;
using Eligibility.Infrastructure.Anthropic.Drafting;

namespace Eligibility.Tests.Anthropic;

/// <summary>The preparing step (Semantic Kernel, calculator plugin) and the reading of the final cited draft, against the loopback Messages server.</summary>
public sealed class ClaudeDraftingToolLoopTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_kernel_runs_the_calculator_plugin_twice_sends_each_result_back_and_the_cited_draft_carries_every_result()
    {
        await using var server = LoopbackMessagesServer.Start();
        var couple = new { household_size = 2, incomes = new[] { new { kind = "wages", amount = 1500, frequency = "monthly" } } };
        server.Enqueue(
            DraftingTestSetup.Calculate(("toolu_1", DraftingTestSetup.WagesInput)),
            DraftingTestSetup.Calculate(("toolu_2", couple)),
            DraftingTestSetup.Prepared,
            DraftingTestSetup.CitedDraft());
        using var drafter = DraftingTestSetup.Drafter(ClaudeTestSetup.Options(server));
        var request = DraftingTestSetup.Request();

        var output = await drafter.DraftAsync(request, Ct);

        Assert.Equal(4, server.Requests.Count);
        var (first, second, third, draft) = (server.Requests[0], server.Requests[1], server.Requests[2], server.Requests[3]);
        Assert.Equal([DraftingTestSetup.CalculatorTool], first.Json.GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.StartsWith("You prepare the figures", first.Json.GetProperty("system")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("[NAME-1]", first.Messages[0].GetRawText(), StringComparison.Ordinal);

        var calculator = new IncomeCalculatorTool(CaseFiguresCalculator.Default.Income, DraftingTestSetup.June2025);
        var expected = new[] { DraftingTestSetup.WagesInput, couple }.Select(i => calculator.Invoke(JsonSerializer.Serialize(i))).ToList();
        Assert.Contains("\"countable_monthly_income\":1500", expected[0], StringComparison.Ordinal);
        Assert.Contains("\"percent_of_poverty_level\":85.1", expected[1], StringComparison.Ordinal);
        Assert.Equal(["user", "assistant", "user"], second.Messages.Select(m => m.GetProperty("role").GetString()));
        var toolUse = Assert.Single(second.Messages[1].GetProperty("content").EnumerateArray());
        Assert.Equal("toolu_1", toolUse.GetProperty("id").GetString());
        Assert.True(JsonNode.DeepEquals(JsonSerializer.SerializeToNode(DraftingTestSetup.WagesInput), JsonNode.Parse(toolUse.GetProperty("input").GetRawText())));
        var result = Assert.Single(second.LastUserContent);
        Assert.Equal("toolu_1", result.GetProperty("tool_use_id").GetString());
        Assert.Equal(expected[0], result.GetProperty("content").GetString());
        Assert.Equal(expected[1], Assert.Single(third.LastUserContent).GetProperty("content").GetString());

        // The draft is one SDK request with no tools: search results, facts, and both calculator results.
        Assert.False(draft.Json.TryGetProperty("tools", out _));
        Assert.Equal(["mcep@2024-07#0001", "mcep@2024-07#0002"], draft.SearchResults.Select(r => r.Source));
        var caseText = draft.Messages[0].GetProperty("content").EnumerateArray().Last().GetProperty("text").GetString()!;
        Assert.All(expected, e => Assert.Contains(e, caseText, StringComparison.Ordinal));

        Assert.Equal(expected, request.Calculator.Calls.Select(c => c.Output));
        Assert.Equal([IncomeCalculatorTool.Name, IncomeCalculatorTool.Name], output.FunctionCalls.Select(c => c.Function));
        Assert.Equal(expected, output.FunctionCalls.Select(c => c.Result));
        Assert.True(JsonNode.DeepEquals(JsonSerializer.SerializeToNode(couple), JsonNode.Parse(output.FunctionCalls[1].Arguments)));

        Assert.Equal(DraftOutcome.LikelyEligible, output.Outcome);
        Assert.Equal("Income is within the limit; the county must still verify it.", output.Summary);
        Assert.Equal(
            [
                new DrafterStep("Income changes are reported within 10 days.", [new GeneratedCitation("mcep@2024-07#0001", "A beneficiary must report a change in income within 10 days of the change.")]),
                new DrafterStep("The county acts within 30 days. This applies to every reported change.",
                [
                    new GeneratedCitation("mcep@2024-07#0002", "The county must act on a reported change within 30 days."),
                    new GeneratedCitation("mcep@2024-07#0001", "A beneficiary must report a change in income"),
                ]),
            ],
            output.Steps,
            StepComparer.Instance);
        Assert.Equal(["proof of the last 30 days of wages"], output.MissingInformation);
        Assert.Matches("^[0-9a-f]{64}$", output.PromptHash);
    }

    [Fact]
    public async Task Tool_input_that_would_break_the_calculator_comes_back_as_an_error_result_naming_the_field_and_an_unknown_tool_runs_nothing()
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Enqueue(
            MessagesReply.ToolUse(
                ("toolu_a", DraftingTestSetup.CalculatorTool, new { household_size = 3, incomes = new object?[] { null } }),
                ("toolu_b", DraftingTestSetup.CalculatorTool, new { household_size = 1, incomes = new[] { new { kind = "wages", amount = 1e28, frequency = "weekly" } } }),
                ("toolu_c", DraftingTestSetup.CalculatorTool, new { household_size = 0, incomes = new[] { new { kind = "wages", amount = 100, frequency = "fortnightly" } } }),
                ("toolu_d", "web_search", new { query = "medi-cal" })),
            DraftingTestSetup.Prepared,
            DraftingTestSetup.CitedDraft());
        using var drafter = DraftingTestSetup.Drafter(ClaudeTestSetup.Options(server));
        var request = DraftingTestSetup.Request();

        var output = await drafter.DraftAsync(request, Ct);

        var results = server.Requests[1].LastUserContent;
        Assert.Equal(["toolu_a", "toolu_b", "toolu_c", "toolu_d"], results.Select(r => r.GetProperty("tool_use_id").GetString()));
        var errors = results.Take(3).Select(r => JsonDocument.Parse(r.GetProperty("content").GetString()!).RootElement.GetProperty("error").GetString()).ToList();
        Assert.StartsWith("incomes[0]: ", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("incomes[0].amount: ", errors[1], StringComparison.Ordinal);
        Assert.Contains("household size 0 is not possible", errors[2], StringComparison.Ordinal);
        Assert.Contains("web_search", results[3].GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, request.Calculator.Calls.Count); // the unknown tool ran nothing
        Assert.Equal(3, output.FunctionCalls.Count);
        Assert.Equal(DraftOutcome.LikelyEligible, output.Outcome);
    }

    [Fact]
    public async Task A_model_that_keeps_asking_for_the_calculator_is_stopped_after_the_round_limit()
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Fallback = _ => DraftingTestSetup.Calculate(("toolu_again", DraftingTestSetup.WagesInput));
        using var drafter = DraftingTestSetup.Drafter(ClaudeTestSetup.Options(server));
        var request = DraftingTestSetup.Request();

        var error = await Assert.ThrowsAsync<AnswerGenerationException>(() => drafter.DraftAsync(request, Ct));

        Assert.Equal(ClaudeDeterminationDrafter.MaxCalculatorRounds + 1, server.Requests.Count);
        Assert.Equal(ClaudeDeterminationDrafter.MaxCalculatorRounds, request.Calculator.Calls.Count);
        Assert.Equal("Claude was still asking for calculations after 4 rounds, so no draft was made. Try again, or draft this case by hand.", error.Message);
    }

    [Theory]
    [InlineData("likely-eligible", DraftOutcome.LikelyEligible)]
    [InlineData("Likely Eligible", DraftOutcome.LikelyEligible)]
    [InlineData("**likely-ineligible**", DraftOutcome.LikelyIneligible)]
    [InlineData("likely_ineligible.", DraftOutcome.LikelyIneligible)]
    [InlineData("cannot-tell-yet", DraftOutcome.CannotTellYet)]
    [InlineData("probably eligible", DraftOutcome.CannotTellYet)]
    [InlineData("eligible", DraftOutcome.CannotTellYet)]
    [InlineData("likely-eligible | likely-ineligible", DraftOutcome.CannotTellYet)]
    [InlineData("", DraftOutcome.CannotTellYet)]
    public async Task The_outcome_is_read_from_its_line_and_anything_unreadable_is_cannot_tell_yet(string written, DraftOutcome expected)
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Enqueue(DraftingTestSetup.Prepared, DraftingTestSetup.CitedDraft(written));
        using var drafter = DraftingTestSetup.Drafter(ClaudeTestSetup.Options(server));

        var output = await drafter.DraftAsync(DraftingTestSetup.Request(), Ct);

        Assert.Equal(expected, output.Outcome);
        Assert.Equal(2, output.Steps.Count);
    }

    [Fact]
    public async Task Marked_up_and_wrapped_lines_are_read_and_a_reply_without_the_format_has_no_outcome()
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Enqueue(
            DraftingTestSetup.Prepared,
            MessagesReply.Cited(new ReplyBlock("Here is my draft.\n- **Step 1:** Wages count as income\nand are counted monthly.\nMissing: pay stubs")),
            DraftingTestSetup.Prepared,
            MessagesReply.Cited(new ReplyBlock("I think this person qualifies.")));
        using var drafter = DraftingTestSetup.Drafter(ClaudeTestSetup.Options(server));

        var marked = await drafter.DraftAsync(DraftingTestSetup.Request(), Ct);
        var prose = await drafter.DraftAsync(DraftingTestSetup.Request(), Ct);

        Assert.Equal(DraftOutcome.CannotTellYet, marked.Outcome);
        Assert.Equal("Wages count as income and are counted monthly.", Assert.Single(marked.Steps).Text);
        Assert.Equal(["pay stubs"], marked.MissingInformation);
        Assert.Equal(DraftOutcome.CannotTellYet, prose.Outcome);
        Assert.Equal("I think this person qualifies.", prose.Summary);
        Assert.Empty(prose.Steps);
    }

    [Fact]
    public async Task A_citation_of_a_passage_that_was_not_sent_is_reported_with_its_source_so_the_caller_drops_it()
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Enqueue(DraftingTestSetup.Prepared);
        server.Enqueue(MessagesReply.Cited(
            new ReplyBlock("OUTCOME: likely-eligible\nSUMMARY: Fine.\nSTEP: "),
            new ReplyBlock("Wages count.", new ReplyCitation("other-manual#0009", "Wages count.", 7))));
        using var drafter = DraftingTestSetup.Drafter(ClaudeTestSetup.Options(server));

        var output = await drafter.DraftAsync(DraftingTestSetup.Request(), Ct);

        Assert.Equal(new GeneratedCitation("other-manual#0009", "Wages count."), Assert.Single(Assert.Single(output.Steps).Citations));
    }

    /// <summary>Steps compared by text and citations (records compare lists by reference).</summary>
    private sealed class StepComparer : IEqualityComparer<DrafterStep>
    {
        public static readonly StepComparer Instance = new();

        public bool Equals(DrafterStep? x, DrafterStep? y) => x is not null && y is not null && x.Text == y.Text && x.Citations.SequenceEqual(y.Citations);

        public int GetHashCode(DrafterStep obj) => obj.Text.GetHashCode(StringComparison.Ordinal);
    }
}
