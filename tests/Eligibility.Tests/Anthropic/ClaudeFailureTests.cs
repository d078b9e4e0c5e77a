using System.Diagnostics;
using Eligibility.Core.Answering;
using Eligibility.Infrastructure.Anthropic;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Anthropic;

public sealed class ClaudeFailureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Retries_a_429_and_streams_the_answer_of_the_second_attempt()
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Enqueue(MessagesReply.Error(429, "rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit"), Sse.Answer("Within 10 days."));
        var logger = new CapturingLogger<ClaudeAnswerGenerator>();
        using var generator = ClaudeTestSetup.Generator(ClaudeTestSetup.Options(server), logger);

        var events = await ClaudeTestSetup.CollectAsync(generator.GenerateAsync(ClaudeTestSetup.Request(), Ct), Ct);

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(server.Requests[0].Body, server.Requests[1].Body);
        Assert.Equal([new GeneratedText("Within 10 days."), new GenerationFinished("end_turn", 42, 15)], events);
        Assert.Contains(logger.Lines, l => l.Contains("HTTP 429", StringComparison.Ordinal) && l.Contains("retry 1 of 2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_persistent_500_fails_after_the_configured_number_of_attempts()
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Fallback = _ => MessagesReply.Error(500, "api_error", "Internal server error");
        using var generator = ClaudeTestSetup.Generator(ClaudeTestSetup.Options(server, maxRetries: 3));

        var (events, error) = await ClaudeTestSetup.CollectUntilFailureAsync(generator.GenerateAsync(ClaudeTestSetup.Request(), Ct), Ct);

        Assert.Empty(events);
        Assert.Equal(4, server.Requests.Count);
        Assert.StartsWith("Claude is unavailable right now (HTTP 500", error.Message, StringComparison.Ordinal);
        Assert.Contains("after 4 attempts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_overloaded_529_says_Claude_is_unavailable()
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Fallback = _ => MessagesReply.Error(529, "overloaded_error", "Overloaded");
        using var generator = ClaudeTestSetup.Generator(ClaudeTestSetup.Options(server, maxRetries: 1));

        var (_, error) = await ClaudeTestSetup.CollectUntilFailureAsync(generator.GenerateAsync(ClaudeTestSetup.Request(), Ct), Ct);

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal("Claude is unavailable right now (HTTP 529: overloaded_error: Overloaded) after 2 attempts. Try again in a few minutes.", error.Message);
    }

    [Fact]
    public async Task A_rejected_key_is_reported_without_the_key_and_not_retried()
    {
        await using var server = LoopbackMessagesServer.Start();
        // A server that echoes the key back: it must still not reach the message, the inner exception or the log.
        server.Fallback = _ => MessagesReply.Error(401, "authentication_error", $"invalid x-api-key {ClaudeTestSetup.Key}");
        var logger = new CapturingLogger<ClaudeAnswerGenerator>();
        using var generator = ClaudeTestSetup.Generator(ClaudeTestSetup.Options(server), logger);

        var (_, error) = await ClaudeTestSetup.CollectUntilFailureAsync(generator.GenerateAsync(ClaudeTestSetup.Request(), Ct), Ct);

        Assert.Single(server.Requests);
        Assert.Contains("the Claude API key was rejected", error.Message, StringComparison.Ordinal);
        Assert.Contains("HTTP 401", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ClaudeTestSetup.Key, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(ClaudeTestSetup.Key, logger.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forbidden_key_is_reported_as_rejected()
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Fallback = _ => MessagesReply.Error(403, "permission_error", "Your API key does not have permission to use the specified resource.");
        using var generator = ClaudeTestSetup.Generator(ClaudeTestSetup.Options(server));

        var (_, error) = await ClaudeTestSetup.CollectUntilFailureAsync(generator.GenerateAsync(ClaudeTestSetup.Request(), Ct), Ct);

        Assert.Single(server.Requests);
        Assert.Contains("the Claude API key was rejected (HTTP 403)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_missing_key_says_Claude_is_not_configured_and_sends_nothing(string? key)
    {
        await using var server = LoopbackMessagesServer.Start();
        using var generator = ClaudeTestSetup.Generator(ClaudeTestSetup.Options(server, apiKey: key));

        var (_, error) = await ClaudeTestSetup.CollectUntilFailureAsync(generator.GenerateAsync(ClaudeTestSetup.Request(), Ct), Ct);

        Assert.Equal("Claude is not configured: set Claude:ApiKey.", error.Message);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_server_that_does_not_answer_in_time_gives_a_clear_timeout_and_is_not_retried()
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Enqueue(MessagesReply.Slow(TimeSpan.FromSeconds(10), Sse.Answer("too late")));
        var options = ClaudeTestSetup.Options(server);
        options.TimeoutSeconds = 1;
        using var generator = ClaudeTestSetup.Generator(options);

        var clock = Stopwatch.StartNew();
        var (events, error) = await ClaudeTestSetup.CollectUntilFailureAsync(generator.GenerateAsync(ClaudeTestSetup.Request(), Ct), Ct);

        Assert.Empty(events);
        Assert.StartsWith("Claude did not answer within 1 s", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(6));
    }

    [Fact]
    public async Task A_stream_that_stalls_mid_answer_times_out_after_the_text_already_sent()
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Enqueue(MessagesReply.Stream(
            Sse.MessageStart(),
            Sse.TextBlockStart(),
            Sse.Text("A beneficiary must report "),
            Sse.Text("within 10 days.", delayBefore: TimeSpan.FromSeconds(10))));
        var options = ClaudeTestSetup.Options(server);
        options.TimeoutSeconds = 1;
        using var generator = ClaudeTestSetup.Generator(options);

        var (events, error) = await ClaudeTestSetup.CollectUntilFailureAsync(generator.GenerateAsync(ClaudeTestSetup.Request(), Ct), Ct);

        Assert.Equal([new GeneratedText("A beneficiary must report ")], events);
        Assert.Equal("Claude stopped mid-answer: nothing arrived for 1 s.", error.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_slow_but_steady_stream_is_not_cut_off_by_the_timeout()
    {
        await using var server = LoopbackMessagesServer.Start();
        var gap = TimeSpan.FromMilliseconds(400);
        server.Enqueue(MessagesReply.Stream(
            Sse.MessageStart(),
            Sse.TextBlockStart(),
            Sse.Text("One. ", delayBefore: gap),
            Sse.Text("Two. ", delayBefore: gap),
            Sse.Text("Three.", delayBefore: gap),
            Sse.BlockStop(),
            Sse.MessageDelta(),
            Sse.MessageStop()));
        var options = ClaudeTestSetup.Options(server);
        options.TimeoutSeconds = 1;
        using var generator = ClaudeTestSetup.Generator(options);

        var events = await ClaudeTestSetup.CollectAsync(generator.GenerateAsync(ClaudeTestSetup.Request(), Ct), Ct);

        Assert.Equal("One. Two. Three.", string.Concat(events.OfType<GeneratedText>().Select(t => t.Text)));
        Assert.IsType<GenerationFinished>(events[^1]);
    }

    [Fact]
    public async Task An_error_event_mid_stream_fails_after_the_text_already_sent_without_retrying()
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Enqueue(MessagesReply.Stream(
            Sse.MessageStart(),
            Sse.TextBlockStart(),
            Sse.Text("A beneficiary must report "),
            Sse.Error("overloaded_error", "Overloaded")));
        server.Fallback = _ => Sse.Answer("a retry must not happen once text was yielded");
        using var generator = ClaudeTestSetup.Generator(ClaudeTestSetup.Options(server));

        var (events, error) = await ClaudeTestSetup.CollectUntilFailureAsync(generator.GenerateAsync(ClaudeTestSetup.Request(), Ct), Ct);

        Assert.Equal([new GeneratedText("A beneficiary must report ")], events);
        Assert.Equal("Claude stopped mid-answer: overloaded_error: Overloaded.", error.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task An_overloaded_error_event_before_any_text_is_retried()
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Enqueue(
            MessagesReply.Stream(Sse.MessageStart(), Sse.Error("overloaded_error", "Overloaded")),
            Sse.Answer("Within 10 days."));
        using var generator = ClaudeTestSetup.Generator(ClaudeTestSetup.Options(server));

        var events = await ClaudeTestSetup.CollectAsync(generator.GenerateAsync(ClaudeTestSetup.Request(), Ct), Ct);

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal([new GeneratedText("Within 10 days."), new GenerationFinished("end_turn", 42, 15)], events);
    }

    [Fact]
    public async Task A_bad_request_is_not_retried_and_carries_the_server_reason()
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Fallback = _ => MessagesReply.Error(400, "invalid_request_error", "messages: text content blocks must be non-empty");
        using var generator = ClaudeTestSetup.Generator(ClaudeTestSetup.Options(server));

        var (_, error) = await ClaudeTestSetup.CollectUntilFailureAsync(generator.GenerateAsync(ClaudeTestSetup.Request(), Ct), Ct);

        Assert.Single(server.Requests);
        Assert.Equal("Claude rejected the request (HTTP 400: invalid_request_error: messages: text content blocks must be non-empty).", error.Message);
    }

    [Fact]
    public async Task A_key_echoed_in_a_server_message_is_redacted()
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Fallback = _ => MessagesReply.Error(400, "invalid_request_error", $"bad header near {ClaudeTestSetup.Key}");
        using var generator = ClaudeTestSetup.Generator(ClaudeTestSetup.Options(server));

        var (_, error) = await ClaudeTestSetup.CollectUntilFailureAsync(generator.GenerateAsync(ClaudeTestSetup.Request(), Ct), Ct);

        Assert.Equal("Claude rejected the request (HTTP 400: invalid_request_error: bad header near ***).", error.Message);
        Assert.DoesNotContain(ClaudeTestSetup.Key, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_server_is_retried_then_reported()
    {
        await using var server = LoopbackMessagesServer.Start();
        var options = ClaudeTestSetup.Options(server, maxRetries: 1);
        await server.DisposeAsync(); // nothing listens on the port any more
        using var generator = ClaudeTestSetup.Generator(options);

        var (_, error) = await ClaudeTestSetup.CollectUntilFailureAsync(generator.GenerateAsync(ClaudeTestSetup.Request(), Ct), Ct);

        Assert.StartsWith("Claude could not be reached", error.Message, StringComparison.Ordinal);
        Assert.Contains("after 2 attempts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_not_reported_as_a_Claude_failure()
    {
        await using var server = LoopbackMessagesServer.Start();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        // The caller gives up once the request has reached Claude, however long a busy machine took to send it.
        server.Enqueue(_ =>
        {
            cancel.CancelAfter(TimeSpan.FromMilliseconds(100));
            return MessagesReply.Slow(TimeSpan.FromSeconds(10), Sse.Answer("too late"));
        });
        using var generator = ClaudeTestSetup.Generator(ClaudeTestSetup.Options(server));

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            ClaudeTestSetup.CollectAsync(generator.GenerateAsync(ClaudeTestSetup.Request(), cancel.Token), cancel.Token));

        Assert.IsNotType<AnswerGenerationException>(error);
        Assert.Single(server.Requests);
    }
}
