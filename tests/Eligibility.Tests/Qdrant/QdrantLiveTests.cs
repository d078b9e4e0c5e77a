using Eligibility.Core.Retrieval;
using Eligibility.Infrastructure.Qdrant;
using Qdrant.Client;

namespace Eligibility.Tests.Qdrant;

/// <summary>
/// Against a real Qdrant when QDRANT_URL is set to its gRPC endpoint (e.g. http://localhost:6334 from docker-compose;
/// QDRANT_API_KEY if it needs one). Skipped otherwise, CI included: Qdrant cannot run there.
/// </summary>
public sealed class QdrantLiveTests
{
    [Fact]
    public async Task Two_versions_are_indexed_searched_in_one_hybrid_query_by_scope_counted_and_removed()
    {
        var url = Environment.GetEnvironmentVariable("QDRANT_URL");
        if (string.IsNullOrWhiteSpace(url))
        {
            Assert.Skip("QDRANT_URL is not set: the live Qdrant tests need a running Qdrant (docker compose up qdrant; QDRANT_URL=http://localhost:6334, its gRPC port)");
        }

        var ct = TestContext.Current.CancellationToken;
        var apiKey = Environment.GetEnvironmentVariable("QDRANT_API_KEY");
        var collection = $"eligibility-test-{Guid.NewGuid():N}";
        using var index = new QdrantPassageIndex(QdrantTestData.Options(url, collection, apiKey));
        try
        {
            await index.IndexAsync(QdrantTestData.V1, QdrantTestData.Passages(QdrantTestData.V1), QdrantTestData.Vectors(), ct);
            await index.IndexAsync(QdrantTestData.V2, QdrantTestData.Passages(QdrantTestData.V2), QdrantTestData.Vectors(), ct);
            await index.IndexAsync(QdrantTestData.V2, QdrantTestData.Passages(QdrantTestData.V2), QdrantTestData.Vectors(), ct);

            var hybrid = await index.SearchHybridAsync(QueryTerms.ToQuery("property limit"), new float[] { 1f, 0f, 0f }, [QdrantTestData.V1], 5, ct);
            Assert.Equal(QdrantTestData.Passages(QdrantTestData.V1)[0].Id, hybrid[0].PassageId);
            Assert.All(hybrid, h => Assert.Contains(QdrantTestData.V1.Version, h.PassageId, StringComparison.Ordinal));
            var lexical = await index.SearchHybridAsync(QueryTerms.ToQuery("household income"), null, [QdrantTestData.V2], 5, ct);
            Assert.Equal(QdrantTestData.Passages(QdrantTestData.V2)[1].Id, lexical[0].PassageId);
            var statistics = await index.GetTermStatisticsAsync(["household", "snap"], [QdrantTestData.V1, QdrantTestData.V2], ct);
            Assert.Equal((6, 2, 0), (statistics.PassageCount, statistics.DocumentFrequency["household"], statistics.DocumentFrequency["snap"]));

            await index.RemoveAsync(QdrantTestData.V1, ct);
            Assert.Empty(await index.SearchHybridAsync(QueryTerms.ToQuery("property limit"), new float[] { 1f, 0f, 0f }, [QdrantTestData.V1], 5, ct));
            Assert.Equal(3, (await index.SearchDenseAsync(new float[] { 0f, 0f, 1f }, [QdrantTestData.V2], 5, ct)).Count);
        }
        finally
        {
            using var client = new QdrantClient(new Uri(url), string.IsNullOrWhiteSpace(apiKey) ? null : apiKey);
            await client.DeleteCollectionAsync(collection, cancellationToken: CancellationToken.None);
        }
    }
}
