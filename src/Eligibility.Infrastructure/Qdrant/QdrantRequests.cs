using System.Text.Json.Nodes;
using Eligibility.Core.Manuals;
using Eligibility.Core.Passages;

namespace Eligibility.Infrastructure.Qdrant;

/// <summary>The request bodies the adapter sends, shaped as Qdrant 1.19's OpenAPI schemas name them.</summary>
internal static class QdrantRequests
{
    public const string PassageIdField = "passage_id";
    public const string ManualIdField = "manual_id";
    public const string VersionField = "version";

    /// <summary><c>CreateCollection</c>: one unnamed dense vector per point, compared by cosine.</summary>
    public static JsonObject CreateCollection(int dimensions) => new()
    {
        ["vectors"] = new JsonObject { ["size"] = dimensions, ["distance"] = "Cosine" },
    };

    /// <summary><c>CreateFieldIndex</c>: a keyword index, so the scope filter does not scan payloads.</summary>
    public static JsonObject KeywordIndex(string field) => new() { ["field_name"] = field, ["field_schema"] = "keyword" };

    /// <summary><c>PointsList</c>.</summary>
    public static JsonObject Upsert(IEnumerable<(Passage Passage, ReadOnlyMemory<float> Vector)> points) => new()
    {
        ["points"] = new JsonArray([.. points.Select(p => (JsonNode)new JsonObject
        {
            ["id"] = QdrantPointId.For(p.Passage.Id),
            ["vector"] = Vector(p.Vector),
            ["payload"] = new JsonObject
            {
                [PassageIdField] = p.Passage.Id,
                [ManualIdField] = p.Passage.ManualId,
                [VersionField] = p.Passage.Version,
            },
        })]),
    };

    /// <summary><c>FilterSelector</c> for everything indexed for one version.</summary>
    public static JsonObject DeleteVersion(ManualVersionKey key) => new() { ["filter"] = new JsonObject { ["must"] = Conditions(key) } };

    /// <summary><c>QueryRequest</c>: nearest points to the vector among the scope's versions, with only the passage id in the payload.</summary>
    public static JsonObject Query(ReadOnlyMemory<float> vector, IEnumerable<ManualVersionKey> scope, int top) => new()
    {
        ["query"] = Vector(vector),
        ["filter"] = new JsonObject
        {
            ["should"] = new JsonArray([.. scope.Distinct().Select(k => (JsonNode)new JsonObject { ["must"] = Conditions(k) })]),
        },
        ["limit"] = top,
        ["with_payload"] = new JsonArray(PassageIdField),
    };

    private static JsonArray Conditions(ManualVersionKey key) => [Match(ManualIdField, key.ManualId), Match(VersionField, key.Version)];

    private static JsonObject Match(string field, string value) => new() { ["key"] = field, ["match"] = new JsonObject { ["value"] = value } };

    private static JsonArray Vector(ReadOnlyMemory<float> vector)
    {
        var array = new JsonArray();
        foreach (var value in vector.Span)
        {
            array.Add(value);
        }

        return array;
    }
}
