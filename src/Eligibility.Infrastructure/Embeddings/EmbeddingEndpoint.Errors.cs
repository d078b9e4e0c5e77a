using System.Net;
using System.Text;
using System.Text.Json;

namespace Eligibility.Infrastructure.Embeddings;

/// <summary>How failed responses become EmbeddingException messages: status, the server's own message, never the key.</summary>
internal sealed partial class EmbeddingEndpoint
{
    private EmbeddingException HttpError(HttpResponseMessage response, string body, int attempts)
    {
        var status = response.StatusCode;
        var text = new StringBuilder($"returned HTTP {(int)status} ({response.ReasonPhrase ?? status.ToString()})");
        if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            text.Append(_apiKey is null
                ? ": the API key is missing (Embeddings:ApiKey is not set) or was rejected"
                : ": the API key was rejected (or is missing the required permission); check Embeddings:ApiKey");
        }

        if (ServerMessage(body) is { Length: > 0 } message)
        {
            text.Append(": ").Append(message);
        }

        text.Append(AttemptsSuffix(attempts));
        return Fail(text.ToString(), status);
    }

    /// <summary>The server's own explanation: <c>{"error":{"message":..}}</c>, <c>{"error":".."}</c>, <c>{"detail":..}</c>, <c>{"message":..}</c>, else the start of the body.</summary>
    private string? ServerMessage(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        string? message = null;
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                message = root.TryGetProperty("error", out var error) ? Describe(error) : null;
                message ??= root.TryGetProperty("detail", out var detail) ? Describe(detail) : null;
                message ??= root.TryGetProperty("message", out var msg) ? Describe(msg) : null;
            }
        }
        catch (JsonException)
        {
            // not JSON: fall back to the raw text
        }

        message ??= body;
        message = string.Join(' ', message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        message = Redact(message);
        return message.Length > MaxServerMessageLength ? message[..MaxServerMessageLength] + "…" : message;
    }

    private static string? Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Object when element.TryGetProperty("message", out var m) => Describe(m),
        JsonValueKind.Object when element.TryGetProperty("msg", out var m) => Describe(m),
        JsonValueKind.Array => string.Join("; ", element.EnumerateArray().Select(Describe).Where(s => !string.IsNullOrEmpty(s))),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => element.GetRawText(),
    };
}
