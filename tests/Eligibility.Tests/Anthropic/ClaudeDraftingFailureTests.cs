using Eligibility.Core.Answering;
using Eligibility.Infrastructure.Anthropic.Drafting;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Anthropic;

/// <summary>How a draft fails: retried as the chat adapter retries, then a caseworker-readable reason without the key or the facts.</summary>
public sealed class ClaudeDraftingFailureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_429_is_retried_and_the_second_attempt_is_drafted()
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Enqueue(
            MessagesReply.Error(429, "rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit"),
            DraftingTestSetup.Prepared,
            MessagesReply.Error(429, "rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit"),
            DraftingTestSetup.CitedDraft());
        var logger = new CapturingLogger<ClaudeDeterminationDrafter>();
        using var drafter = DraftingTestSetup.Drafter(ClaudeTestSetup.Options(server), logger);

        var output = await drafter.DraftAsync(DraftingTestSetup.Request(), Ct);

        Assert.Equal(4, server.Requests.Count); // each step retried once
        Assert.Equal(server.Requests[0].Body, server.Requests[1].Body);
        Assert.Equal(server.Requests[2].Body, server.Requests[3].Body);
        Assert.Equal(2, output.Steps.Count);
        Assert.Contains(logger.Lines, l => l.Contains("HTTP 429", StringComparison.Ordinal) && l.Contains("retry 1 of 2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_persistent_500_in_the_calculator_round_fails_after_the_configured_attempts()
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Enqueue(DraftingTestSetup.Calculate(("toolu_1", DraftingTestSetup.WagesInput)));
        server.Fallback = _ => MessagesReply.Error(500, "api_error", "Internal server error");
        using var drafter = DraftingTestSetup.Drafter(ClaudeTestSetup.Options(server, maxRetries: 2));
        var request = DraftingTestSetup.Request();

        var error = await Assert.ThrowsAsync<AnswerGenerationException>(() => drafter.DraftAsync(request, Ct));

        Assert.Equal(4, server.Requests.Count); // the tool round, then 1 + 2 attempts
        Assert.Single(request.Calculator.Calls);
        Assert.Equal("Claude is unavailable right now (HTTP 500: api_error: Internal server error) after 3 attempts. Try again in a few minutes.", error.Message);
    }

    [Fact]
    public async Task A_rejected_key_is_reported_without_the_key_and_not_retried_and_nothing_personal_is_logged()
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Fallback = _ => MessagesReply.Error(401, "authentication_error", $"invalid x-api-key {ClaudeTestSetup.Key}");
        var logger = new CapturingLogger<ClaudeDeterminationDrafter>();
        using var drafter = DraftingTestSetup.Drafter(ClaudeTestSetup.Options(server), logger);

        var error = await Assert.ThrowsAsync<AnswerGenerationException>(() => drafter.DraftAsync(DraftingTestSetup.Request(), Ct));

        Assert.Single(server.Requests);
        Assert.Equal("Claude could not answer: the Claude API key was rejected (HTTP 401). Ask an administrator to check Claude:ApiKey.", error.Message);
        Assert.DoesNotContain(ClaudeTestSetup.Key, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(ClaudeTestSetup.Key, logger.All, StringComparison.Ordinal);
        Assert.DoesNotContain("[NAME-1]", logger.All, StringComparison.Ordinal);
        Assert.DoesNotContain("grocery", logger.All, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public async Task A_missing_key_says_Claude_is_not_configured_and_sends_nothing(string? key)
    {
        await using var server = LoopbackMessagesServer.Start();
        using var drafter = DraftingTestSetup.Drafter(ClaudeTestSetup.Options(server, apiKey: key));

        var error = await Assert.ThrowsAsync<AnswerGenerationException>(() => drafter.DraftAsync(DraftingTestSetup.Request(), Ct));

        Assert.Equal("Claude is not configured: set Claude:ApiKey.", error.Message);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_server_that_does_not_answer_in_time_gives_a_clear_timeout_and_is_not_retried()
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Enqueue(MessagesReply.Slow(TimeSpan.FromSeconds(10), DraftingTestSetup.CitedDraft()));
        var options = ClaudeTestSetup.Options(server);
        options.TimeoutSeconds = 1;
        using var drafter = DraftingTestSetup.Drafter(options);

        var error = await Assert.ThrowsAsync<AnswerGenerationException>(() => drafter.DraftAsync(DraftingTestSetup.Request(), Ct));

        Assert.Equal("Claude did not answer within 1 s. Try again in a moment.", error.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_draft_cut_off_at_the_token_limit_is_not_used()
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Enqueue(DraftingTestSetup.Prepared);
        server.Enqueue(MessagesReply.Cited("max_tokens", new ReplyBlock("OUTCOME: likely-eligible\nSUMMARY: Income is within")));
        using var drafter = DraftingTestSetup.Drafter(ClaudeTestSetup.Options(server));

        var error = await Assert.ThrowsAsync<AnswerGenerationException>(() => drafter.DraftAsync(DraftingTestSetup.Request(), Ct));

        Assert.StartsWith("Claude's draft was cut off at the output limit (2048 tokens)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_reply_is_a_failure_not_a_draft()
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Enqueue(DraftingTestSetup.Prepared, MessagesReply.Cited(new ReplyBlock("  \n ")));
        using var drafter = DraftingTestSetup.Drafter(ClaudeTestSetup.Options(server));

        var error = await Assert.ThrowsAsync<AnswerGenerationException>(() => drafter.DraftAsync(DraftingTestSetup.Request(), Ct));

        Assert.Equal("Claude returned an empty draft. Try again, or draft this case by hand.", error.Message);
    }

    [Fact]
    public async Task A_successful_draft_logs_counts_but_no_facts()
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Enqueue(DraftingTestSetup.Calculate(("toolu_1", DraftingTestSetup.WagesInput)), DraftingTestSetup.Prepared, DraftingTestSetup.CitedDraft());
        var logger = new CapturingLogger<ClaudeDeterminationDrafter>();
        using var drafter = DraftingTestSetup.Drafter(ClaudeTestSetup.Options(server), logger);

        await drafter.DraftAsync(DraftingTestSetup.Request(), Ct);

        var line = Assert.Single(logger.Lines);
        Assert.Equal("Information: Claude drafted a determination with claude-test-model from 2 passages: 3 request(s), 1 calculator call(s), 2 steps, 3 citations, 90 input and 80 output tokens", line);
    }
}
