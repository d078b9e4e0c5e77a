using Eligibility.Core.Answering;
using Eligibility.Core.Passages;
using Eligibility.Infrastructure.Anthropic;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Anthropic;

/// <summary>The passages sent to Claude are capped at Claude:MaxPassageTokens, lowest-ranked dropped first, and the log says which.</summary>
public sealed class PassageBudgetTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Four passages of about 200 tokens each, best first.</summary>
    private static readonly IReadOnlyList<Core.Retrieval.RetrievedPassage> Four =
        [.. Enumerable.Range(1, 4).Select(i => ClaudeTestSetup.Passage(i, string.Concat(Enumerable.Repeat($"Rule {i} says a county must act on a reported change within thirty days. ", 12))))];

    [Fact]
    public async Task An_answer_request_carries_the_best_passages_that_fit_and_the_log_names_the_rest()
    {
        var each = TokenCounter.Default.Count(Four[0].Passage.Text);
        Assert.InRange(each, 150, 260);
        await using var server = LoopbackMessagesServer.Start();
        server.Enqueue(Sse.Answer("Within thirty days."));
        var options = ClaudeTestSetup.Options(server);
        options.MaxPassageTokens = 600; // two passages and their titles, not three
        var logger = new CapturingLogger<ClaudeAnswerGenerator>();
        using var generator = ClaudeTestSetup.Generator(options, logger);

        await ClaudeTestSetup.CollectAsync(generator.GenerateAsync(new GenerationRequest("How soon must the county act?", Four, []), Ct), Ct);

        Assert.Equal(["mcep@2024-07#0001", "mcep@2024-07#0002"], Assert.Single(server.Requests).SearchResults.Select(r => r.Source));
        Assert.Contains("Claude was sent 2 of 4 passages: mcep@2024-07#0003, mcep@2024-07#0004 left out past the 600-token passage budget (Claude:MaxPassageTokens)", logger.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Within_the_budget_every_passage_is_sent_and_nothing_is_logged_about_it()
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Enqueue(Sse.Answer("Within thirty days."));
        var logger = new CapturingLogger<ClaudeAnswerGenerator>();
        using var generator = ClaudeTestSetup.Generator(ClaudeTestSetup.Options(server), logger);

        await ClaudeTestSetup.CollectAsync(generator.GenerateAsync(new GenerationRequest("How soon must the county act?", Four, []), Ct), Ct);

        Assert.Equal(4, Assert.Single(server.Requests).SearchResults.Count);
        Assert.DoesNotContain("left out past", logger.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_request_is_capped_the_same_way()
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Enqueue(DraftingTestSetup.Prepared, DraftingTestSetup.CitedDraft());
        var options = ClaudeTestSetup.Options(server);
        options.MaxPassageTokens = 600;
        var logger = new CapturingLogger<Infrastructure.Anthropic.Drafting.ClaudeDeterminationDrafter>();
        using var drafter = DraftingTestSetup.Drafter(options, logger);

        await drafter.DraftAsync(DraftingTestSetup.Request(passages: Four), Ct);

        Assert.Equal(2, server.Requests[1].SearchResults.Count);
        Assert.Contains("Claude was sent 2 of 4 passages", logger.All, StringComparison.Ordinal);
    }

    [Fact]
    public void A_budget_smaller_than_one_passage_is_refused_naming_the_setting()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ClaudeTestSetup.Generator(new ClaudeOptions { ApiKey = "k", MaxPassageTokens = 100 }));

        Assert.Contains("Claude:MaxPassageTokens must be at least 500", error.Message, StringComparison.Ordinal);
    }
}
