using System.Text.Json;
using System.Text.Json.Nodes;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Qdrant;

/// <summary>
/// Qdrant's published OpenAPI description (../shared/qdrant/openapi-v1.19.json): whether a request's path and method are
/// an operation, and which top-level properties its request body may have (the union over <c>anyOf</c> alternatives).
/// </summary>
internal sealed class QdrantContract
{
    private readonly JsonElement _root;

    private QdrantContract(JsonElement root) => _root = root;

    /// <summary>Loads the contract; skips (or fails under CI=true) when ../shared is absent.</summary>
    public static QdrantContract Load()
    {
        var file = SharedCorpus.Path("qdrant", "openapi-v1.19.json");
        using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
        return new QdrantContract(doc.RootElement.Clone());
    }

    /// <summary>The operation for a concrete path (e.g. <c>/collections/x/points</c>) and method, or a failure naming what is missing.</summary>
    public JsonElement Operation(string method, string path)
    {
        // The most specific template wins: /points/query over /points/{id}.
        var template = _root.GetProperty("paths").EnumerateObject()
            .Where(t => Fits(t.Name, path))
            .OrderByDescending(t => t.Name.Split('/').Count(s => !s.StartsWith('{')))
            .FirstOrDefault();
        if (template.Name is not null)
        {
            Assert.True(template.Value.TryGetProperty(method.ToLowerInvariant(), out var operation), $"{method} is not an operation of {template.Name} in Qdrant 1.19");
            Assert.False(operation.TryGetProperty("deprecated", out var deprecated) && deprecated.GetBoolean(), $"{method} {template.Name} is deprecated");
            return operation;
        }

        Assert.Fail($"{path} matches no path of Qdrant 1.19's API");
        return default;
    }

    /// <summary>Top-level body properties that the operation's request schema does not declare.</summary>
    public IReadOnlyList<string> UnknownBodyProperties(JsonElement operation, JsonObject body)
    {
        var schema = operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        var allowed = Properties(schema).ToHashSet(StringComparer.Ordinal);
        return [.. body.Select(p => p.Key).Where(k => !allowed.Contains(k))];
    }

    /// <summary>The query parameters the operation declares.</summary>
    public static IReadOnlyList<string> QueryParameters(JsonElement operation) =>
        operation.TryGetProperty("parameters", out var parameters)
            ? [.. parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!)]
            : [];

    private IEnumerable<string> Properties(JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            return Properties(_root.GetProperty("components").GetProperty("schemas").GetProperty(name));
        }

        var own = schema.TryGetProperty("properties", out var properties) ? properties.EnumerateObject().Select(p => p.Name) : [];
        foreach (var combinator in new[] { "anyOf", "oneOf", "allOf" })
        {
            if (schema.TryGetProperty(combinator, out var alternatives))
            {
                own = own.Concat(alternatives.EnumerateArray().SelectMany(Properties));
            }
        }

        return own.ToList();
    }

    private static bool Fits(string template, string path)
    {
        var (t, p) = (template.Trim('/').Split('/'), path.Trim('/').Split('/'));
        return t.Length == p.Length && t.Zip(p).All(x => x.First.StartsWith('{') || x.First == x.Second);
    }
}
