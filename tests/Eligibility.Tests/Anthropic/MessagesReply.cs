using System.Text.Json;

namespace Eligibility.Tests.Anthropic;

/// <summary>One piece of a scripted response body, written after <see cref="DelayBefore"/> and flushed at once.</summary>
internal sealed record ReplyChunk(string Text, TimeSpan DelayBefore = default);

/// <summary>One text block of a cited reply and the citations Claude attached to it.</summary>
internal sealed record ReplyBlock(string Text, params ReplyCitation[] Citations);

/// <summary>A <c>search_result_location</c> citation: the search result's source and index and the quoted text.</summary>
internal sealed record ReplyCitation(string Source, string CitedText, int SearchResultIndex = 0);

/// <summary>
/// A scripted answer of the loopback Messages server: a status, a content type and a body sent in chunks
/// (a JSON document in one chunk, or a server-sent-event stream one event per chunk).
/// </summary>
internal sealed record MessagesReply(int Status, string ContentType, IReadOnlyList<ReplyChunk> Chunks, TimeSpan DelayBeforeHeaders = default)
{
    /// <summary>A non-streaming JSON body.</summary>
    public static MessagesReply Json(int status, string body) => new(status, "application/json", [new ReplyChunk(body)]);

    /// <summary>An Anthropic-shaped error body: <c>{"type":"error","error":{"type":..,"message":..}}</c>.</summary>
    public static MessagesReply Error(int status, string type, string message) =>
        Json(status, JsonSerializer.Serialize(new { type = "error", error = new { type, message }, request_id = "req_test" }));

    /// <summary>A complete non-streaming message whose content is one text block.</summary>
    public static MessagesReply Message(string text, int inputTokens = 20, int outputTokens = 8) =>
        Json(200, JsonSerializer.Serialize(new
        {
            id = "msg_test",
            type = "message",
            role = "assistant",
            model = "claude-test",
            content = new[] { new { type = "text", text } },
            stop_reason = "end_turn",
            stop_sequence = (string?)null,
            usage = new { input_tokens = inputTokens, output_tokens = outputTokens },
        }));

    /// <summary>A complete non-streaming message asking for client tools: one <c>tool_use</c> block per call, stop reason <c>tool_use</c>.</summary>
    public static MessagesReply ToolUse(params (string Id, string Name, object Input)[] calls) =>
        Json(200, JsonSerializer.Serialize(new
        {
            id = "msg_tool",
            type = "message",
            role = "assistant",
            model = "claude-test",
            content = calls.Select(c => new { type = "tool_use", id = c.Id, name = c.Name, input = c.Input }).ToArray(),
            stop_reason = "tool_use",
            stop_sequence = (string?)null,
            usage = new { input_tokens = 30, output_tokens = 12 },
        }));

    /// <summary>
    /// A complete non-streaming message as Claude writes a cited answer: several text blocks, each with the
    /// <c>search_result_location</c> citations of its own text.
    /// </summary>
    public static MessagesReply Cited(params ReplyBlock[] blocks) => Cited("end_turn", blocks);

    public static MessagesReply Cited(string stopReason, params ReplyBlock[] blocks) =>
        Json(200, JsonSerializer.Serialize(new
        {
            id = "msg_cited",
            type = "message",
            role = "assistant",
            model = "claude-test",
            content = blocks.Select(b => new
            {
                type = "text",
                text = b.Text,
                citations = b.Citations.Length == 0 ? null : b.Citations.Select(c => new
                {
                    type = "search_result_location",
                    cited_text = c.CitedText,
                    search_result_index = c.SearchResultIndex,
                    source = c.Source,
                    title = "Title",
                    start_block_index = 0,
                    end_block_index = 0,
                }).ToArray(),
            }).ToArray(),
            stop_reason = stopReason,
            stop_sequence = (string?)null,
            usage = new { input_tokens = 40, output_tokens = 60 },
        }));

    /// <summary>A <c>text/event-stream</c> body, one chunk per event.</summary>
    public static MessagesReply Stream(params ReplyChunk[] events) => new(200, "text/event-stream", events);

    /// <summary>Headers only after <paramref name="delay"/>: for timeouts.</summary>
    public static MessagesReply Slow(TimeSpan delay, MessagesReply then) => then with { DelayBeforeHeaders = delay };
}
