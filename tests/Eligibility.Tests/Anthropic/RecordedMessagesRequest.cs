using System.Text.Json;

namespace Eligibility.Tests.Anthropic;

/// <summary>One request as the loopback Messages server saw it: method, path, headers and JSON body.</summary>
internal sealed record RecordedMessagesRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>The body parsed as JSON (cloned, so it outlives the document).</summary>
    public JsonElement Json
    {
        get
        {
            using var doc = JsonDocument.Parse(Body);
            return doc.RootElement.Clone();
        }
    }

    public IReadOnlyList<JsonElement> Messages => [.. Json.GetProperty("messages").EnumerateArray()];

    /// <summary>The search results of the first user message: each one's source (the passage id) and text.</summary>
    public IReadOnlyList<(string Source, string Text)> SearchResults =>
    [
        .. Messages[0].GetProperty("content").EnumerateArray()
            .Where(b => b.GetProperty("type").GetString() == "search_result")
            .Select(b => (b.GetProperty("source").GetString()!, string.Concat(b.GetProperty("content").EnumerateArray().Select(t => t.GetProperty("text").GetString())))),
    ];

    /// <summary>The content blocks of the last (current) user message.</summary>
    public IReadOnlyList<JsonElement> LastUserContent => [.. Messages[^1].GetProperty("content").EnumerateArray()];

    /// <summary>
    /// Every string the request carries except the manuals' passages (search results): the system prompt, the
    /// caseworker's text, earlier turns, case facts and tool results, decoded from JSON.
    /// </summary>
    public string WrittenText
    {
        get
        {
            var text = new System.Text.StringBuilder();
            Collect(Json, text);
            return text.ToString();
        }
    }

    private static void Collect(JsonElement element, System.Text.StringBuilder text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                text.Append(element.GetString()).Append('\n');
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, text);
                }

                break;
            case JsonValueKind.Object when !(element.TryGetProperty("type", out var type) && type.GetString() == "search_result"):
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, text);
                }

                break;
        }
    }
}
