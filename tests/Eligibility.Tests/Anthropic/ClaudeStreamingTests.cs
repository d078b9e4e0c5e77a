using Eligibility.Core.Answering;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Anthropic;

public sealed class ClaudeStreamingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Streams_text_in_order_search_result_citations_with_passage_ids_and_finishes_with_usage()
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Enqueue(MessagesReply.Stream(
            Sse.MessageStart(inputTokens: 30, cacheReadTokens: 12),
            Sse.Ping(),
            Sse.TextBlockStart(0),
            Sse.Text("A beneficiary must report "),
            Sse.Text("an income change within 10 days."),
            Sse.Citation("mcep@2024-07#0001", "A beneficiary must report a change in income within 10 days of the change.", searchResultIndex: 0),
            Sse.BlockStop(0),
            Sse.TextBlockStart(1),
            Sse.Text(" The county acts within 30 days.", index: 1),
            Sse.CharLocationCitation("ignored document quote", index: 1),
            Sse.Citation("mcep@2024-07#0002", "The county must act on a reported change within 30 days.", searchResultIndex: 1, index: 1),
            Sse.BlockStop(1),
            Sse.MessageDelta("end_turn", outputTokens: 57),
            Sse.MessageStop()));
        var logger = new CapturingLogger<Eligibility.Infrastructure.Anthropic.ClaudeAnswerGenerator>();
        using var generator = ClaudeTestSetup.Generator(ClaudeTestSetup.Options(server), logger);

        var events = await ClaudeTestSetup.CollectAsync(generator.GenerateAsync(ClaudeTestSetup.Request(), Ct), Ct);

        GenerationEvent[] expected =
        [
            new GeneratedText("A beneficiary must report "),
            new GeneratedText("an income change within 10 days."),
            new GeneratedCitation("mcep@2024-07#0001", "A beneficiary must report a change in income within 10 days of the change."),
            new GeneratedText(" The county acts within 30 days."),
            new GeneratedCitation("mcep@2024-07#0002", "The county must act on a reported change within 30 days."),
            new GenerationFinished("end_turn", 42, 57),
        ];
        Assert.Equal(expected, events);
        Assert.Single(server.Requests);

        // Logged: counts and the stop reason, never the passages' text or the key.
        Assert.Contains(logger.Lines, l => l.Contains("2 citations", StringComparison.Ordinal) && l.Contains("42 input", StringComparison.Ordinal));
        Assert.DoesNotContain("within 10 days of the change", logger.All, StringComparison.Ordinal);
        Assert.DoesNotContain(ClaudeTestSetup.Key, logger.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Maps_a_citation_with_an_unknown_source_by_its_search_result_index_and_drops_one_that_fits_neither()
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Enqueue(MessagesReply.Stream(
            Sse.MessageStart(),
            Sse.TextBlockStart(),
            Sse.Text("The county acts within 30 days."),
            Sse.Citation("not-a-passage-id", "The county must act", searchResultIndex: 1),
            Sse.Citation("also-unknown", "made up", searchResultIndex: 7),
            Sse.BlockStop(),
            Sse.MessageDelta("max_tokens", outputTokens: 9),
            Sse.MessageStop()));
        using var generator = ClaudeTestSetup.Generator(ClaudeTestSetup.Options(server));

        var events = await ClaudeTestSetup.CollectAsync(generator.GenerateAsync(ClaudeTestSetup.Request(), Ct), Ct);

        GenerationEvent[] expected =
        [
            new GeneratedText("The county acts within 30 days."),
            new GeneratedCitation("mcep@2024-07#0002", "The county must act"),
            new GenerationFinished("max_tokens", 42, 9),
        ];
        Assert.Equal(expected, events);
    }

    [Fact]
    public async Task Finishes_with_zero_tokens_when_the_server_reports_no_usage()
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Enqueue(MessagesReply.Stream(
            Sse.Event("message_start", new { type = "message_start", message = new { id = "m", type = "message", role = "assistant", model = "x", content = Array.Empty<object>() } }),
            Sse.TextBlockStart(),
            Sse.Text("Yes."),
            Sse.BlockStop(),
            Sse.Event("message_delta", new { type = "message_delta", delta = new { stop_reason = "end_turn" } }),
            Sse.MessageStop()));
        using var generator = ClaudeTestSetup.Generator(ClaudeTestSetup.Options(server));

        var events = await ClaudeTestSetup.CollectAsync(generator.GenerateAsync(ClaudeTestSetup.Request(), Ct), Ct);

        Assert.Equal([new GeneratedText("Yes."), new GenerationFinished("end_turn", 0, 0)], events);
    }

    [Fact]
    public async Task A_stream_that_ends_before_the_message_is_complete_fails_after_the_text_it_carried()
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Enqueue(MessagesReply.Stream(Sse.MessageStart(), Sse.TextBlockStart(), Sse.Text("A beneficiary must")));
        using var generator = ClaudeTestSetup.Generator(ClaudeTestSetup.Options(server));

        var (events, error) = await ClaudeTestSetup.CollectUntilFailureAsync(generator.GenerateAsync(ClaudeTestSetup.Request(), Ct), Ct);

        Assert.Equal([new GeneratedText("A beneficiary must")], events);
        Assert.StartsWith("Claude stopped mid-answer", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }
}
