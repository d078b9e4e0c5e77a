using System.Text.Json;

namespace Eligibility.Tests.Anthropic;

/// <summary>One piece of a scripted response body, written after <see cref="DelayBefore"/> and flushed at once.</summary>
internal sealed record ReplyChunk(string Text, TimeSpan DelayBefore = default);

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

    /// <summary>A <c>text/event-stream</c> body, one chunk per event.</summary>
    public static MessagesReply Stream(params ReplyChunk[] events) => new(200, "text/event-stream", events);

    /// <summary>Headers only after <paramref name="delay"/>: for timeouts.</summary>
    public static MessagesReply Slow(TimeSpan delay, MessagesReply then) => then with { DelayBeforeHeaders = delay };
}
