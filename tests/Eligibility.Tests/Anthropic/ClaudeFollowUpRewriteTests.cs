using Eligibility.Core.Answering;
using Eligibility.Infrastructure.Anthropic;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Anthropic;

public sealed class ClaudeFollowUpRewriteTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly ConversationTurn[] History =
    [
        new("How soon must a beneficiary report an income change?", "Within 10 days of the change."),
    ];

    [Fact]
    public async Task Returns_the_servers_standalone_question_trimmed_from_a_non_streaming_request_with_the_history()
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Enqueue(MessagesReply.Message("  How soon must the county act on a reported income change?\n"));
        using var generator = ClaudeTestSetup.Generator(ClaudeTestSetup.Options(server));

        var rewritten = await generator.RewriteFollowUpAsync("And the county?", History, Ct);

        Assert.Equal("How soon must the county act on a reported income change?", rewritten);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/messages", request.Path);
        Assert.Equal($"Bearer {ClaudeTestSetup.Key}", request.Header("Authorization"));
        var body = request.Json;
        Assert.False(body.TryGetProperty("stream", out var stream) && stream.GetBoolean());
        Assert.Equal("claude-test-model", body.GetProperty("model").GetString());
        Assert.Contains("standalone", body.GetProperty("system").GetRawText(), StringComparison.Ordinal);
        Assert.Contains("Do not answer", body.GetProperty("system").GetRawText(), StringComparison.Ordinal);
        var message = Assert.Single(request.Messages);
        var text = message.GetProperty("content").GetRawText();
        Assert.Contains("How soon must a beneficiary report an income change?", text, StringComparison.Ordinal);
        Assert.Contains("Within 10 days of the change.", text, StringComparison.Ordinal);
        Assert.Contains("And the county?", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Falls_back_to_the_original_question_on_a_500_and_logs_why()
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Fallback = _ => MessagesReply.Error(500, "api_error", "Internal server error");
        var logger = new CapturingLogger<ClaudeAnswerGenerator>();
        using var generator = ClaudeTestSetup.Generator(ClaudeTestSetup.Options(server, maxRetries: 1), logger);

        var rewritten = await generator.RewriteFollowUpAsync("And the county?", History, Ct);

        Assert.Equal("And the county?", rewritten);
        Assert.Equal(2, server.Requests.Count);
        Assert.Contains(logger.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("original question", StringComparison.Ordinal) && l.Contains("HTTP 500", StringComparison.Ordinal));
        Assert.DoesNotContain(ClaudeTestSetup.Key, logger.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Falls_back_to_the_original_question_when_the_server_is_too_slow()
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Enqueue(MessagesReply.Slow(TimeSpan.FromSeconds(10), MessagesReply.Message("too late")));
        var options = ClaudeTestSetup.Options(server);
        options.TimeoutSeconds = 1;
        var logger = new CapturingLogger<ClaudeAnswerGenerator>();
        using var generator = ClaudeTestSetup.Generator(options, logger);

        Assert.Equal("And the county?", await generator.RewriteFollowUpAsync("And the county?", History, Ct));
        Assert.Single(server.Requests);
        Assert.Contains(logger.Lines, l => l.Contains("did not answer within 1 s", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Falls_back_to_the_original_question_when_the_server_returns_no_text()
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Enqueue(MessagesReply.Message("   "));
        using var generator = ClaudeTestSetup.Generator(ClaudeTestSetup.Options(server));

        Assert.Equal("And the county?", await generator.RewriteFollowUpAsync("And the county?", History, Ct));
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Without_history_or_without_a_key_the_question_is_returned_and_nothing_is_sent()
    {
        await using var server = LoopbackMessagesServer.Start();
        using var generator = ClaudeTestSetup.Generator(ClaudeTestSetup.Options(server));
        using var unconfigured = ClaudeTestSetup.Generator(ClaudeTestSetup.Options(server, apiKey: null));

        Assert.Equal("What is the asset limit?", await generator.RewriteFollowUpAsync("What is the asset limit?", [], Ct));
        Assert.Equal("And the county?", await unconfigured.RewriteFollowUpAsync("And the county?", History, Ct));
        Assert.Empty(server.Requests);
    }
}
