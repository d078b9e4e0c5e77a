using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Qdrant;

/// <summary>One request as the fake saw it, query string included.</summary>
internal sealed record QdrantRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public JsonNode? Json => string.IsNullOrEmpty(Body) ? null : JsonNode.Parse(Body);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>
/// A loopback HTTP server (127.0.0.1) that answers the part of Qdrant's REST API the adapter uses, with real state:
/// collections, keyword payload indexes, points, the match/must/should filter, and cosine scoring. Records every request;
/// <see cref="FailNext"/> makes the next requests fail with a status first.
/// </summary>
internal sealed class FakeQdrantServer : LoopbackHttpServer
{
    private readonly Lock _gate = new();
    private readonly List<QdrantRequest> _requests = [];
    private readonly ConcurrentQueue<int> _failures = new();
    private readonly Dictionary<string, Collection> _collections = new(StringComparer.Ordinal);

    public IReadOnlyList<QdrantRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public static FakeQdrantServer Start() => Run(new FakeQdrantServer());

    public void FailNext(int status, int times)
    {
        for (var i = 0; i < times; i++)
        {
            _failures.Enqueue(status);
        }
    }

    public int PointCount(string collection)
    {
        lock (_gate)
        {
            return _collections.TryGetValue(collection, out var c) ? c.Points.Count : 0;
        }
    }

    protected override Task RespondAsync(LoopbackRequest request, HttpListenerResponse response)
    {
        var recorded = new QdrantRequest(request.Method, request.Path, request.Query, request.Headers, request.Body);
        (int Status, JsonNode Body) answer;
        lock (_gate)
        {
            _requests.Add(recorded);
            answer = _failures.TryDequeue(out var status)
                ? (status, Error("Service Unavailable: scripted failure"))
                : Handle(recorded);
        }

        return WriteAsync(response, answer.Status, "application/json", answer.Body.ToJsonString());
    }

    private (int, JsonNode) Handle(QdrantRequest request)
    {
        var parts = request.Path.Trim('/').Split('/').Select(Uri.UnescapeDataString).ToArray();
        if (request.Method == "GET" && parts is ["readyz"])
        {
            return (200, JsonValue.Create("all shards are ready"));
        }

        if (parts.Length < 2 || parts[0] != "collections")
        {
            return (404, Error("no such route"));
        }

        var name = parts[1];
        var route = string.Join('/', parts.Skip(2));
        _collections.TryGetValue(name, out var collection);
        if (route == "" && request.Method == "PUT")
        {
            if (collection is not null)
            {
                return (409, Error($"Wrong input: Collection `{name}` already exists!"));
            }

            var vectors = request.Json!["vectors"]!;
            _collections[name] = new Collection((int)vectors["size"]!, (string)vectors["distance"]!);
            return Ok(true);
        }

        if (collection is null)
        {
            return (404, Error($"Not found: Collection `{name}` doesn't exist!"));
        }

        var json = request.Json;
        switch (request.Method, route)
        {
            case ("GET", ""):
                return Ok(new JsonObject
                {
                    ["status"] = "green",
                    ["points_count"] = collection.Points.Count,
                    ["config"] = new JsonObject { ["params"] = new JsonObject { ["vectors"] = new JsonObject { ["size"] = collection.Size, ["distance"] = collection.Distance } } },
                    ["payload_schema"] = new JsonObject(collection.Indexes.Select(f => KeyValuePair.Create(f, (JsonNode?)new JsonObject { ["data_type"] = "keyword" }))),
                });
            case ("PUT", "index"):
                collection.Indexes.Add((string)json!["field_name"]!);
                return Ok(Completed());
            case ("PUT", "points"):
                foreach (var point in json!["points"]!.AsArray())
                {
                    var vector = point!["vector"]!.AsArray().Select(v => (float)v!).ToArray();
                    if (vector.Length != collection.Size)
                    {
                        return (400, Error($"Wrong input: Vector dimension error: expected dim: {collection.Size}, got {vector.Length}"));
                    }

                    collection.Points[(string)point["id"]!] = (vector, point["payload"]!.AsObject());
                }

                return Ok(Completed());
            case ("POST", "points/delete"):
                foreach (var id in collection.Points.Where(p => Matches(json!["filter"], p.Value.Payload)).Select(p => p.Key).ToList())
                {
                    collection.Points.Remove(id);
                }

                return Ok(Completed());
            case ("POST", "points/query"):
                var query = json!["query"]!.AsArray().Select(v => (float)v!).ToArray();
                var limit = (int?)json["limit"] ?? 10;
                var hits = collection.Points.Where(p => Matches(json["filter"], p.Value.Payload))
                    .Select(p => (Id: p.Key, p.Value.Payload, Score: Cosine(query, p.Value.Vector)))
                    .OrderByDescending(h => h.Score).Take(limit)
                    .Select(h => (JsonNode)new JsonObject { ["id"] = h.Id, ["version"] = 1, ["score"] = h.Score, ["payload"] = h.Payload.DeepClone() });
                return Ok(new JsonObject { ["points"] = new JsonArray([.. hits]) });
            default:
                return (404, Error($"no route {request.Method} {request.Path}"));
        }
    }

    /// <summary>Qdrant's filter semantics for the clauses used here: every <c>must</c>, at least one <c>should</c>, match by value.</summary>
    private static bool Matches(JsonNode? filter, JsonObject payload)
    {
        if (filter is null)
        {
            return true;
        }

        if (filter["key"] is { } key)
        {
            return payload[(string)key!]?.ToJsonString() == filter["match"]!["value"]!.ToJsonString();
        }

        var must = filter["must"]?.AsArray().All(c => Matches(c, payload)) ?? true;
        var should = filter["should"] is JsonArray any ? any.Any(c => Matches(c, payload)) : true;
        return must && should;
    }

    private static double Cosine(float[] a, float[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            (dot, na, nb) = (dot + (a[i] * b[i]), na + (a[i] * a[i]), nb + (b[i] * b[i]));
        }

        return dot / Math.Sqrt(na * nb);
    }

    private static (int, JsonNode) Ok(JsonNode result) => (200, new JsonObject { ["result"] = result, ["status"] = "ok", ["time"] = 0.001 });

    private static JsonObject Completed() => new() { ["operation_id"] = 1, ["status"] = "completed" };

    private static JsonObject Error(string message) => new() { ["status"] = new JsonObject { ["error"] = message }, ["time"] = 0.001 };

    private sealed record Collection(int Size, string Distance)
    {
        public HashSet<string> Indexes { get; } = [];
        public Dictionary<string, (float[] Vector, JsonObject Payload)> Points { get; } = new(StringComparer.Ordinal);
    }
}
