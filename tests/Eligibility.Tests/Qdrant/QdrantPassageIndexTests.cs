using System.Text.Json.Nodes;
using Eligibility.Infrastructure.Qdrant;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Qdrant;

/// <summary>The Qdrant adapter against a loopback server that keeps state and answers as Qdrant does.</summary>
public sealed class QdrantPassageIndexTests
{
    private const string Collection = "test-passages";

    [Fact]
    public async Task Indexing_creates_the_collection_once_and_upserts_points_durably()
    {
        await using var qdrant = FakeQdrantServer.Start();
        using var data = new TempDataFolder();
        using var index = new QdrantPassageIndex(data.Index, QdrantTestData.Options(qdrant.BaseUrl));

        await index.IndexAsync(QdrantTestData.V1, QdrantTestData.Passages(QdrantTestData.V1), QdrantTestData.Vectors(), TestContext.Current.CancellationToken);
        await index.IndexAsync(QdrantTestData.V2, QdrantTestData.Passages(QdrantTestData.V2), QdrantTestData.Vectors(), TestContext.Current.CancellationToken);

        var creates = qdrant.Requests.Where(r => r.Method == "PUT" && r.Path == $"/collections/{Collection}").ToList();
        var create = Assert.Single(creates).Json!;
        Assert.Equal(3, (int)create["vectors"]!["size"]!);
        Assert.Equal("Cosine", (string)create["vectors"]!["distance"]!);
        var fieldIndexes = qdrant.Requests.Where(r => r.Path.EndsWith("/index", StringComparison.Ordinal)).Select(r => r.Json!).ToList();
        Assert.Equal(["manual_id", "version"], fieldIndexes.Select(j => (string)j["field_name"]!).Order());
        Assert.All(fieldIndexes, j => Assert.Equal("keyword", (string)j["field_schema"]!));

        var upserts = qdrant.Requests.Where(r => r.Method == "PUT" && r.Path == $"/collections/{Collection}/points").ToList();
        Assert.Equal(2, upserts.Count);
        Assert.All(upserts, u => Assert.Contains("wait=true", u.Query, StringComparison.Ordinal));
        var point = upserts[0].Json!["points"]!.AsArray()[0]!;
        var passageId = QdrantTestData.Passages(QdrantTestData.V1)[0].Id;
        Assert.Equal(QdrantPointId.For(passageId), (string)point["id"]!);
        Assert.True(Guid.TryParse((string)point["id"]!, out _));
        Assert.Equal([1f, 0.1f, 0.1f], point["vector"]!.AsArray().Select(v => (float)v!));
        Assert.Equal(passageId, (string)point["payload"]!["passage_id"]!);
        Assert.Equal(QdrantTestData.V1.ManualId, (string)point["payload"]!["manual_id"]!);
        Assert.Equal(QdrantTestData.V1.Version, (string)point["payload"]!["version"]!);
        Assert.Equal(6, qdrant.PointCount(Collection));
        Assert.NotEqual(QdrantPointId.For(passageId), QdrantPointId.For(QdrantTestData.Passages(QdrantTestData.V2)[0].Id));
    }

    [Fact]
    public async Task Dense_search_is_scoped_to_the_versions_asked_for_and_maps_hits()
    {
        await using var qdrant = FakeQdrantServer.Start();
        using var data = new TempDataFolder();
        using var index = new QdrantPassageIndex(data.Index, QdrantTestData.Options(qdrant.BaseUrl));
        var ct = TestContext.Current.CancellationToken;
        await index.IndexAsync(QdrantTestData.V1, QdrantTestData.Passages(QdrantTestData.V1), QdrantTestData.Vectors(), ct);
        await index.IndexAsync(QdrantTestData.V2, QdrantTestData.Passages(QdrantTestData.V2), QdrantTestData.Vectors(), ct);

        var hits = await index.SearchDenseAsync(new float[] { 0f, 1f, 0f }, [QdrantTestData.V2], 2, ct);

        Assert.Equal(2, hits.Count);
        Assert.Equal(QdrantTestData.Passages(QdrantTestData.V2)[1].Id, hits[0].PassageId);
        Assert.All(hits, h => Assert.Contains(QdrantTestData.V2.Version, h.PassageId, StringComparison.Ordinal));
        Assert.True(hits[0].Score > hits[1].Score);
        var query = qdrant.Requests.Single(r => r.Path == $"/collections/{Collection}/points/query").Json!;
        Assert.Equal([0f, 1f, 0f], query["query"]!.AsArray().Select(v => (float)v!));
        Assert.Equal(2, (int)query["limit"]!);
        var should = Assert.Single(query["filter"]!["should"]!.AsArray())!;
        var conditions = should["must"]!.AsArray().ToDictionary(c => (string)c!["key"]!, c => (string)c!["match"]!["value"]!);
        Assert.Equal(QdrantTestData.V2.ManualId, conditions["manual_id"]);
        Assert.Equal(QdrantTestData.V2.Version, conditions["version"]);
    }

    [Fact]
    public async Task Dense_search_before_any_vectors_is_empty()
    {
        await using var qdrant = FakeQdrantServer.Start();
        using var data = new TempDataFolder();
        using var index = new QdrantPassageIndex(data.Index, QdrantTestData.Options(qdrant.BaseUrl));

        var hits = await index.SearchDenseAsync(new float[] { 1f, 0f, 0f }, [QdrantTestData.V1], 5, TestContext.Current.CancellationToken);

        Assert.Empty(hits);
        Assert.DoesNotContain(qdrant.Requests, r => r.Method == "PUT");
    }

    [Fact]
    public async Task Removing_a_version_deletes_its_points_by_filter()
    {
        await using var qdrant = FakeQdrantServer.Start();
        using var data = new TempDataFolder();
        using var index = new QdrantPassageIndex(data.Index, QdrantTestData.Options(qdrant.BaseUrl));
        var ct = TestContext.Current.CancellationToken;
        await index.IndexAsync(QdrantTestData.V1, QdrantTestData.Passages(QdrantTestData.V1), QdrantTestData.Vectors(), ct);
        await index.IndexAsync(QdrantTestData.V2, QdrantTestData.Passages(QdrantTestData.V2), QdrantTestData.Vectors(), ct);
        var before = qdrant.Requests.Count;

        await index.RemoveAsync(QdrantTestData.V1, ct);

        var delete = Assert.Single(qdrant.Requests.Skip(before));
        Assert.Equal(("POST", $"/collections/{Collection}/points/delete"), (delete.Method, delete.Path));
        Assert.Contains("wait=true", delete.Query, StringComparison.Ordinal);
        var must = delete.Json!["filter"]!["must"]!.AsArray().ToDictionary(c => (string)c!["key"]!, c => (string)c!["match"]!["value"]!);
        Assert.Equal(QdrantTestData.V1.Version, must["version"]);
        Assert.Equal(3, qdrant.PointCount(Collection));
        Assert.Empty(await index.SearchDenseAsync(new float[] { 1f, 0f, 0f }, [QdrantTestData.V1], 5, ct));
    }

    [Fact]
    public async Task Server_errors_are_retried_then_reported_clearly()
    {
        await using var qdrant = FakeQdrantServer.Start();
        using var data = new TempDataFolder();
        using var index = new QdrantPassageIndex(data.Index, QdrantTestData.Options(qdrant.BaseUrl));
        var ct = TestContext.Current.CancellationToken;

        qdrant.FailNext(503, 1);
        Assert.Empty(await index.SearchDenseAsync(new float[] { 1f, 0f, 0f }, [QdrantTestData.V1], 5, ct));
        Assert.Equal(2, qdrant.Requests.Count);

        qdrant.FailNext(503, 3);
        var error = await Assert.ThrowsAsync<QdrantException>(() => index.SearchDenseAsync(new float[] { 1f, 0f, 0f }, [QdrantTestData.V1], 5, ct));

        Assert.Equal(5, qdrant.Requests.Count);
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Contains("Qdrant POST", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{qdrant.BaseUrl}/collections/{Collection}/points/query", error.Message, StringComparison.Ordinal);
        Assert.Contains("HTTP 503", error.Message, StringComparison.Ordinal);
        Assert.Contains("scripted failure", error.Message, StringComparison.Ordinal);
        Assert.Contains("after 3 attempts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_key_is_sent_as_a_header_and_kept_out_of_errors()
    {
        const string key = "qdrant-secret-key-123";
        await using var qdrant = FakeQdrantServer.Start();
        using var data = new TempDataFolder();
        using var index = new QdrantPassageIndex(data.Index, QdrantTestData.Options(qdrant.BaseUrl, apiKey: key));
        var ct = TestContext.Current.CancellationToken;

        await index.IndexAsync(QdrantTestData.V1, QdrantTestData.Passages(QdrantTestData.V1), QdrantTestData.Vectors(), ct);
        qdrant.FailNext(500, 3);
        var error = await Assert.ThrowsAsync<QdrantException>(() => index.RemoveAsync(QdrantTestData.V1, ct));

        Assert.All(qdrant.Requests, r => Assert.Equal(key, r.Header("api-key")));
        Assert.DoesNotContain(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_api_key_no_header_is_sent()
    {
        await using var qdrant = FakeQdrantServer.Start();
        using var data = new TempDataFolder();
        using var index = new QdrantPassageIndex(data.Index, QdrantTestData.Options(qdrant.BaseUrl));

        await index.IndexAsync(QdrantTestData.V1, QdrantTestData.Passages(QdrantTestData.V1), QdrantTestData.Vectors(), TestContext.Current.CancellationToken);

        Assert.All(qdrant.Requests, r => Assert.Null(r.Header("api-key")));
    }

    [Fact]
    public async Task Every_request_is_an_operation_of_the_1_19_contract_with_a_body_its_schema_declares()
    {
        var contract = QdrantContract.Load();
        await using var qdrant = FakeQdrantServer.Start();
        using var data = new TempDataFolder();
        using var index = new QdrantPassageIndex(data.Index, QdrantTestData.Options(qdrant.BaseUrl));
        var ct = TestContext.Current.CancellationToken;
        await index.IndexAsync(QdrantTestData.V1, QdrantTestData.Passages(QdrantTestData.V1), QdrantTestData.Vectors(), ct);
        await index.IndexAsync(QdrantTestData.V2, QdrantTestData.Passages(QdrantTestData.V2), QdrantTestData.Vectors(), ct);
        await index.SearchDenseAsync(new float[] { 1f, 0f, 0f }, [QdrantTestData.V1, QdrantTestData.V2], 3, ct);
        await index.RemoveAsync(QdrantTestData.V1, ct);

        var seen = qdrant.Requests.Select(r => $"{r.Method} {r.Path}").ToHashSet();
        Assert.Superset(new HashSet<string>
        {
            $"GET /collections/{Collection}", $"PUT /collections/{Collection}", $"PUT /collections/{Collection}/index",
            $"PUT /collections/{Collection}/points", $"POST /collections/{Collection}/points/delete", $"POST /collections/{Collection}/points/query",
        }, seen);
        foreach (var request in qdrant.Requests)
        {
            var operation = contract.Operation(request.Method, request.Path);
            var parameters = QdrantContract.QueryParameters(operation);
            foreach (var name in request.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')[0]))
            {
                Assert.Contains(name, parameters);
            }

            if (request.Json is JsonObject body)
            {
                Assert.Empty(contract.UnknownBodyProperties(operation, body));
            }
        }
    }
}
