using System.Buffers;
using System.Net;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Eligibility.Infrastructure.Embeddings;

/// <summary>Parsing of the OpenAI-shaped embeddings response (also Voyage's): vectors by index, usage, and clear errors.</summary>
internal sealed partial class EmbeddingEndpoint
{
    private (List<Embedding<float>> Embeddings, UsageDetails? Usage) Parse(byte[] body, int expected, string? defaultModel, HttpStatusCode status)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            throw Fail($"returned a malformed response (HTTP {(int)status}, not valid JSON: {ex.Message}); body starts with: {Snippet(body)}", status, ex);
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
            {
                throw Fail($"returned a malformed response (HTTP {(int)status}, no \"data\" array); body starts with: {Snippet(body)}", status);
            }

            var count = data.GetArrayLength();
            if (count != expected)
            {
                throw Fail($"returned {count} embeddings for {expected} inputs", status);
            }

            var model = root.TryGetProperty("model", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            var createdAt = _time.GetUtcNow();
            var vectors = new float[]?[count];
            var position = 0;
            foreach (var item in data.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object)
                {
                    throw Fail($"returned a malformed response (data[{position}] is not an object)", status);
                }

                var index = position;
                if (item.TryGetProperty("index", out var i) && i.ValueKind != JsonValueKind.Null)
                {
                    if (!i.TryGetInt32(out index))
                    {
                        throw Fail($"returned a malformed response (data[{position}].index is not an integer)", status);
                    }
                }

                if (index < 0 || index >= count)
                {
                    throw Fail($"returned an embedding with index {index} for {expected} inputs", status);
                }

                if (vectors[index] is not null)
                {
                    throw Fail($"returned index {index} twice, so some inputs have no embedding", status);
                }

                vectors[index] = ReadVector(item, position, status);
                position++;
            }

            var dimensions = vectors[0]!.Length;
            var embeddings = new List<Embedding<float>>(count);
            for (var k = 0; k < count; k++)
            {
                var vector = vectors[k]!;
                if (vector.Length != dimensions)
                {
                    throw Fail($"returned vectors of different lengths ({dimensions} and {vector.Length})", status);
                }

                embeddings.Add(new Embedding<float>(vector) { ModelId = model ?? defaultModel, CreatedAt = createdAt });
            }

            return (embeddings, ReadUsage(root));
        }
    }

    private float[] ReadVector(JsonElement item, int position, HttpStatusCode status)
    {
        if (!item.TryGetProperty("embedding", out var embedding))
        {
            throw Fail($"returned a malformed response (data[{position}] has no \"embedding\")", status);
        }

        if (embedding.ValueKind == JsonValueKind.String && embedding.TryGetBytesFromBase64(out var raw) && raw.Length % sizeof(float) == 0 && raw.Length > 0)
        {
            return MemoryMarshal.Cast<byte, float>(raw).ToArray(); // encoding_format=base64: little-endian float32
        }

        if (embedding.ValueKind != JsonValueKind.Array || embedding.GetArrayLength() == 0)
        {
            throw Fail($"returned a malformed response (data[{position}].embedding is not a non-empty array of numbers)", status);
        }

        var vector = new float[embedding.GetArrayLength()];
        var j = 0;
        foreach (var value in embedding.EnumerateArray())
        {
            if (value.ValueKind != JsonValueKind.Number || !value.TryGetSingle(out vector[j]) || !float.IsFinite(vector[j]))
            {
                throw Fail($"returned a malformed response (data[{position}].embedding[{j}] is not a finite number)", status);
            }

            j++;
        }

        return vector;
    }

    private static UsageDetails? ReadUsage(JsonElement root)
    {
        if (!root.TryGetProperty("usage", out var usage) || usage.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        static long? Read(JsonElement obj, string name) =>
            obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n) ? n : null;

        var prompt = Read(usage, "prompt_tokens");
        var total = Read(usage, "total_tokens");
        return prompt is null && total is null ? null : new UsageDetails { InputTokenCount = prompt ?? total, TotalTokenCount = total ?? prompt };
    }

    private string Snippet(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 200)).ReplaceLineEndings(" ");
        text = Redact(text);
        return text.Length == 0 ? "(empty)" : "'" + text + (body.Length > 200 ? "…'" : "'");
    }

    private string Redact(string text) => _apiKey is null ? text : text.Replace(_apiKey, "***", StringComparison.Ordinal);

    private static string AttemptsSuffix(int attempts) => attempts > 1 ? $" (after {attempts} attempts)" : string.Empty;

    private EmbeddingException Fail(string what, HttpStatusCode? status = null, Exception? inner = null) =>
        new($"Embedding provider '{Provider}': POST {SafeUrl} {what}.", Provider, status, inner);
}
