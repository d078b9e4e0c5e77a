using System.Runtime.CompilerServices;
using System.Text.Json;
using Eligibility.Core.Redaction;
using Microsoft.Extensions.AI;

namespace Eligibility.Infrastructure.Anthropic.Drafting.Kernel;

/// <summary>
/// The last stop before the wire: every text and function result in every message of every request passes through
/// the product's redactor, whichever path built the request (a prompt template, a function result, a direct call).
/// </summary>
internal sealed class RedactingChatClient(IChatClient inner, KnownPeople people) : DelegatingChatClient(inner)
{
    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetResponseAsync(Redacted(messages), options, cancellationToken);

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var update in base.GetStreamingResponseAsync(Redacted(messages), options, cancellationToken))
        {
            yield return update;
        }
    }

    private List<ChatMessage> Redacted(IEnumerable<ChatMessage> messages) =>
        [.. messages.Select(m => new ChatMessage(m.Role, [.. m.Contents.Select(Redacted)]) { AuthorName = m.AuthorName, MessageId = m.MessageId })];

    private AIContent Redacted(AIContent content) => content switch
    {
        TextContent text => new TextContent(Redact(text.Text)),
        FunctionResultContent result => new FunctionResultContent(result.CallId, result.Result is null ? null : Redact(result.Result.ToString() ?? "")),
        // The model's own call is sent back too, so its arguments are redacted like everything else.
        FunctionCallContent call => new FunctionCallContent(call.CallId, call.Name, call.Arguments?.ToDictionary(a => a.Key, a => Redacted(a.Value))),
        _ => content,
    };

    /// <summary>An argument value with every string in it redacted; JSON stays JSON.</summary>
    private object? Redacted(object? value) => value switch
    {
        null => null,
        string text => Redact(text),
        JsonElement json => Redacted(json),
        _ => value,
    };

    private JsonElement Redacted(JsonElement json)
    {
        var raw = json.GetRawText();
        var redacted = Redact(raw);
        if (string.Equals(raw, redacted, StringComparison.Ordinal))
        {
            return json;
        }

        try
        {
            using var document = JsonDocument.Parse(redacted);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            // Redaction broke the JSON's shape: send a placeholder rather than the value.
            return JsonSerializer.SerializeToElement("[REDACTED]");
        }
    }

    private string Redact(string text) => PersonalDataRedactor.Redact(text, people).Text;
}
