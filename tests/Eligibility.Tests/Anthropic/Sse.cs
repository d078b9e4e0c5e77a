using System.Text.Json;

namespace Eligibility.Tests.Anthropic;

/// <summary>
/// Builders for the server-sent events of the Anthropic Messages streaming API, in their wire form
/// (<c>event: name</c> / <c>data: {json}</c> / blank line).
/// </summary>
internal static class Sse
{
    public static ReplyChunk Event(string name, object data, TimeSpan delayBefore = default) =>
        new($"event: {name}\ndata: {JsonSerializer.Serialize(data)}\n\n", delayBefore);

    public static ReplyChunk MessageStart(int inputTokens = 42, int cacheReadTokens = 0, int cacheCreationTokens = 0) => Event("message_start", new
    {
        type = "message_start",
        message = new
        {
            id = "msg_test",
            type = "message",
            role = "assistant",
            model = "claude-test",
            content = Array.Empty<object>(),
            stop_reason = (string?)null,
            stop_sequence = (string?)null,
            usage = new
            {
                input_tokens = inputTokens,
                cache_read_input_tokens = cacheReadTokens,
                cache_creation_input_tokens = cacheCreationTokens,
                output_tokens = 1,
            },
        },
    });

    public static ReplyChunk TextBlockStart(int index = 0) =>
        Event("content_block_start", new { type = "content_block_start", index, content_block = new { type = "text", text = "", citations = Array.Empty<object>() } });

    public static ReplyChunk Text(string text, int index = 0, TimeSpan delayBefore = default) =>
        Event("content_block_delta", new { type = "content_block_delta", index, delta = new { type = "text_delta", text } }, delayBefore);

    /// <summary>A <c>citations_delta</c> pointing into a search result.</summary>
    public static ReplyChunk Citation(string source, string citedText, int searchResultIndex, string title = "Title", int index = 0) =>
        Event("content_block_delta", new
        {
            type = "content_block_delta",
            index,
            delta = new
            {
                type = "citations_delta",
                citation = new
                {
                    type = "search_result_location",
                    cited_text = citedText,
                    search_result_index = searchResultIndex,
                    source,
                    title,
                    start_block_index = 0,
                    end_block_index = 0,
                },
            },
        });

    /// <summary>A citation of another kind (a plain-text document location), which the adapter must ignore.</summary>
    public static ReplyChunk CharLocationCitation(string citedText, int index = 0) =>
        Event("content_block_delta", new
        {
            type = "content_block_delta",
            index,
            delta = new
            {
                type = "citations_delta",
                citation = new
                {
                    type = "char_location",
                    cited_text = citedText,
                    document_index = 0,
                    document_title = "Doc",
                    start_char_index = 0,
                    end_char_index = citedText.Length,
                },
            },
        });

    public static ReplyChunk BlockStop(int index = 0) => Event("content_block_stop", new { type = "content_block_stop", index });

    public static ReplyChunk MessageDelta(string stopReason = "end_turn", int outputTokens = 15) =>
        Event("message_delta", new { type = "message_delta", delta = new { stop_reason = stopReason, stop_sequence = (string?)null }, usage = new { output_tokens = outputTokens } });

    public static ReplyChunk MessageStop() => Event("message_stop", new { type = "message_stop" });

    public static ReplyChunk Ping() => Event("ping", new { type = "ping" });

    public static ReplyChunk Error(string type, string message) => Event("error", new { type = "error", error = new { type, message } });

    /// <summary>A whole answer: one text block with the given pieces of text, then the closing events.</summary>
    public static MessagesReply Answer(params string[] texts) => MessagesReply.Stream(
    [
        MessageStart(),
        TextBlockStart(),
        .. texts.Select(t => Text(t)),
        BlockStop(),
        MessageDelta(),
        MessageStop(),
    ]);
}
