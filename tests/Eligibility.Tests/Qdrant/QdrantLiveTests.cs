using Eligibility.Infrastructure.Qdrant;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Qdrant;

/// <summary>
/// Against a real Qdrant when QDRANT_URL is set (e.g. http://localhost:6333 from docker-compose; QDRANT_API_KEY if it needs one).
/// Skipped otherwise, CI included: Qdrant cannot run there.
/// </summary>
public sealed class QdrantLiveTests
{
    [Fact]
    public async Task Two_versions_are_indexed_searched_by_scope_and_removed()
    {
        var url = Environment.GetEnvironmentVariable("QDRANT_URL");
        if (string.IsNullOrWhiteSpace(url))
        {
            Assert.Skip("QDRANT_URL is not set: the live Qdrant tests need a running Qdrant (docker compose up qdrant; QDRANT_URL=http://localhost:6333)");
        }

        var ct = TestContext.Current.CancellationToken;
        var collection = $"eligibility-test-{Guid.NewGuid():N}";
        using var data = new TempDataFolder();
        using var index = new QdrantPassageIndex(data.Index, QdrantTestData.Options(url, collection, Environment.GetEnvironmentVariable("QDRANT_API_KEY")));
        try
        {
            await index.IndexAsync(QdrantTestData.V1, QdrantTestData.Passages(QdrantTestData.V1), QdrantTestData.Vectors(), ct);
            await index.IndexAsync(QdrantTestData.V2, QdrantTestData.Passages(QdrantTestData.V2), QdrantTestData.Vectors(), ct);

            var hits = await index.SearchDenseAsync(new float[] { 0f, 0f, 1f }, [QdrantTestData.V1], 5, ct);
            Assert.Equal(3, hits.Count);
            Assert.Equal(QdrantTestData.Passages(QdrantTestData.V1)[2].Id, hits[0].PassageId);
            Assert.All(hits, h => Assert.Contains(QdrantTestData.V1.Version, h.PassageId, StringComparison.Ordinal));

            await index.RemoveAsync(QdrantTestData.V1, ct);
            Assert.Empty(await index.SearchDenseAsync(new float[] { 0f, 0f, 1f }, [QdrantTestData.V1], 5, ct));
            Assert.Equal(3, (await index.SearchDenseAsync(new float[] { 0f, 0f, 1f }, [QdrantTestData.V2], 5, ct)).Count);
        }
        finally
        {
            using var http = new HttpClient();
            using var request = new HttpRequestMessage(HttpMethod.Delete, $"{url.TrimEnd('/')}/collections/{collection}");
            if (Environment.GetEnvironmentVariable("QDRANT_API_KEY") is { Length: > 0 } key)
            {
                request.Headers.Add("api-key", key);
            }

            using var _ = await http.SendAsync(request, CancellationToken.None);
        }
    }
}
