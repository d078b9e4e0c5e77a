using Eligibility.Core.Retrieval;
using Eligibility.Infrastructure.Lexical;
using Eligibility.Infrastructure.Qdrant;
using Grpc.Core;
using Qdrant.Client.Grpc;

namespace Eligibility.Tests.Qdrant;

/// <summary>
/// The Qdrant adapter against the loopback Qdrant: the exact requests it sends (collection, payload indexes, points,
/// the one hybrid query and its as-of filter), and what it makes of the answers.
/// </summary>
public sealed class QdrantPassageIndexTests
{
    private const string Collection = "test-passages";
    private static readonly LexicalQuery PropertyLimit = QueryTerms.ToQuery("property limit");

    [Fact]
    public async Task Indexing_creates_one_collection_with_BM25_sparse_vectors_under_the_IDF_modifier_dense_vectors_and_payload_indexes()
    {
        await using var qdrant = await LoopbackQdrant.StartAsync();
        using var index = new QdrantPassageIndex(QdrantTestData.Options(qdrant.Url));
        var ct = TestContext.Current.CancellationToken;

        await index.IndexAsync(QdrantTestData.V1, QdrantTestData.Passages(QdrantTestData.V1), QdrantTestData.Vectors(), ct);
        await index.IndexAsync(QdrantTestData.V2, QdrantTestData.Passages(QdrantTestData.V2), QdrantTestData.Vectors(), ct);

        var create = Assert.Single(qdrant.Requests<CreateCollection>());
        Assert.Equal(Collection, create.CollectionName);
        Assert.Equal(Modifier.Idf, Assert.Single(create.SparseVectorsConfig.Map, m => m.Key == "bm25").Value.Modifier);
        var dense = Assert.Single(create.VectorsConfig.ParamsMap.Map, m => m.Key == "dense").Value;
        Assert.Equal((3ul, Distance.Cosine), (dense.Size, dense.Distance));
        Assert.Equal(
            new Dictionary<string, FieldType> { ["manual_id"] = FieldType.Keyword, ["version"] = FieldType.Keyword, ["effective_date"] = FieldType.Datetime, ["passage_id"] = FieldType.Keyword, ["terms"] = FieldType.Keyword },
            qdrant.Requests<CreateFieldIndexCollection>().ToDictionary(r => r.FieldName, r => r.FieldType));

        var upserts = qdrant.Requests<UpsertPoints>();
        Assert.Equal(2, upserts.Count);
        Assert.All(upserts, u => Assert.True(u.Wait));
        var passage = QdrantTestData.Passages(QdrantTestData.V1)[0];
        var point = upserts[0].Points[0];
        Assert.Equal(QdrantPointId.For(passage.Id).ToString(), point.Id.Uuid);
        Assert.Equal([1f, 0.1f, 0.1f], point.Vectors.Vectors_.Vectors["dense"].Dense.Data);
        var sparse = point.Vectors.Vectors_.Vectors["bm25"].Sparse;
        var terms = SparseBm25.Terms(passage.ContextHeader, passage.Text).Counts.Keys.ToList();
        Assert.Equal(terms.Select(SparseBm25.Dimension).Distinct().Order(), sparse.Indices);
        Assert.All(sparse.Values, v => Assert.InRange(v, 0.01f, Bm25Search.K1 + 1));
        Assert.Equal(passage.Id, point.Payload["passage_id"].StringValue);
        Assert.Equal(QdrantTestData.V1.ManualId, point.Payload["manual_id"].StringValue);
        Assert.Equal(QdrantTestData.V1.Version, point.Payload["version"].StringValue);
        Assert.Equal("2025-07-01T00:00:00Z", point.Payload["effective_date"].StringValue);
        Assert.Equal(terms.Order(StringComparer.Ordinal), point.Payload["terms"].ListValue.Values.Select(v => v.StringValue));
        Assert.Equal(6, qdrant.State.PointCount(Collection));
    }

    [Fact]
    public async Task Indexing_a_version_again_is_idempotent_and_a_replace_upserts_before_it_drops_what_the_version_no_longer_holds()
    {
        await using var qdrant = await LoopbackQdrant.StartAsync();
        using var index = new QdrantPassageIndex(QdrantTestData.Options(qdrant.Url));
        var ct = TestContext.Current.CancellationToken;
        await index.IndexAsync(QdrantTestData.V1, QdrantTestData.Passages(QdrantTestData.V1), QdrantTestData.Vectors(), ct);
        await index.IndexAsync(QdrantTestData.V1, QdrantTestData.Passages(QdrantTestData.V1), QdrantTestData.Vectors(), ct);
        Assert.Equal(3, qdrant.State.PointCount(Collection));
        Assert.Single(qdrant.Requests<CreateCollection>());
        var before = qdrant.Calls.Count;

        var kept = QdrantTestData.Passages(QdrantTestData.V1, 2);
        await index.IndexAsync(QdrantTestData.V1, kept, QdrantTestData.Vectors(2), ct);

        var round = qdrant.Calls.Skip(before).Select(c => c.Method).ToList();
        Assert.Equal(["qdrant.Points/Upsert", "qdrant.Points/Delete"], round);
        var delete = qdrant.Requests<DeletePoints>()[^1];
        Assert.True(delete.Wait);
        var filter = delete.Points.Filter;
        Assert.Equal([("manual_id", QdrantTestData.V1.ManualId), ("version", QdrantTestData.V1.Version)], filter.Must.Select(c => (c.Field.Key, c.Field.Match.Keyword)));
        Assert.Equal(kept.Select(p => p.Id), Assert.Single(filter.MustNot).Field.Match.Keywords.Strings);
        Assert.Equal(2, qdrant.State.PointCount(Collection));
    }

    [Fact]
    public async Task A_question_is_one_query_with_sparse_and_dense_prefetches_fused_by_RRF_and_filtered_to_the_versions_in_effect()
    {
        await using var qdrant = await LoopbackQdrant.StartAsync();
        using var index = new QdrantPassageIndex(QdrantTestData.Options(qdrant.Url));
        var ct = TestContext.Current.CancellationToken;
        await index.IndexAsync(QdrantTestData.V1, QdrantTestData.Passages(QdrantTestData.V1), QdrantTestData.Vectors(), ct);
        await index.IndexAsync(QdrantTestData.V2, QdrantTestData.Passages(QdrantTestData.V2), QdrantTestData.Vectors(), ct);
        var before = qdrant.Calls.Count;

        var hits = await index.SearchHybridAsync(PropertyLimit, new float[] { 1f, 0f, 0f }, [QdrantTestData.V2], 5, ct);

        var call = Assert.Single(qdrant.Calls.Skip(before));
        var query = Assert.IsType<QueryPoints>(call.Request);
        Assert.Equal("qdrant.Points/Query", call.Method);
        Assert.Equal((uint)ReciprocalRankFusion.K, query.Query.Rrf.K);
        Assert.Equal(5ul, query.Limit);
        AssertScope(query.Filter, QdrantTestData.V2);
        Assert.Equal(["bm25", "dense"], query.Prefetch.Select(p => p.Using));
        Assert.All(query.Prefetch, p => Assert.Equal(query.Filter, p.Filter));
        Assert.All(query.Prefetch, p => Assert.Equal(5ul, p.Limit));
        Assert.Equal(SparseBm25.Query(PropertyLimit).Indices, query.Prefetch[0].Query.Nearest.Sparse.Indices);
        Assert.Equal([1f, 0f, 0f], query.Prefetch[1].Query.Nearest.Dense.Data);
        Assert.Equal(["passage_id"], query.WithPayload.Include.Fields);

        Assert.Equal(QdrantTestData.Passages(QdrantTestData.V2)[0].Id, hits[0].PassageId);
        Assert.All(hits, h => Assert.StartsWith(Core.Passages.Passage.IdPrefix(QdrantTestData.V2), h.PassageId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_an_embedder_the_question_is_one_sparse_query_ranked_by_BM25_in_Qdrant()
    {
        await using var qdrant = await LoopbackQdrant.StartAsync();
        using var index = new QdrantPassageIndex(QdrantTestData.Options(qdrant.Url));
        var ct = TestContext.Current.CancellationToken;
        await index.IndexAsync(QdrantTestData.V1, QdrantTestData.Passages(QdrantTestData.V1), null, ct);
        await index.IndexAsync(QdrantTestData.V2, QdrantTestData.Passages(QdrantTestData.V2), null, ct);
        Assert.Null(Assert.Single(qdrant.Requests<CreateCollection>()).VectorsConfig);
        var before = qdrant.Calls.Count;

        var hits = await index.SearchHybridAsync(QueryTerms.ToQuery("household income counted"), null, [QdrantTestData.V1, QdrantTestData.V2], 4, ct);

        var query = Assert.IsType<QueryPoints>(Assert.Single(qdrant.Calls.Skip(before)).Request);
        Assert.Equal("bm25", query.Using);
        Assert.Empty(query.Prefetch);
        Assert.Equal(SparseBm25.Query(QueryTerms.ToQuery("household income counted")).Indices, query.Query.Nearest.Sparse.Indices);
        AssertScope(query.Filter, QdrantTestData.V1, QdrantTestData.V2);
        Assert.Equal(2, hits.Count);
        Assert.All(hits, h => Assert.EndsWith("0002", h.PassageId, StringComparison.Ordinal));
        Assert.Equal([1, 2], hits.Select(h => h.LexicalRank));
    }

    [Fact]
    public async Task Term_statistics_are_counts_in_scope_and_term_matches_come_from_the_payload()
    {
        await using var qdrant = await LoopbackQdrant.StartAsync();
        using var index = new QdrantPassageIndex(QdrantTestData.Options(qdrant.Url));
        var ct = TestContext.Current.CancellationToken;
        await index.IndexAsync(QdrantTestData.V1, QdrantTestData.Passages(QdrantTestData.V1), null, ct);
        await index.IndexAsync(QdrantTestData.V2, QdrantTestData.Passages(QdrantTestData.V2, 2), null, ct);

        var statistics = await index.GetTermStatisticsAsync(["property limit", "household", "citizenship", "snap"], [QdrantTestData.V1, QdrantTestData.V2], ct);
        var v1 = QdrantTestData.Passages(QdrantTestData.V1);
        var matches = await index.MatchTermsAsync([v1[0].Id, v1[2].Id], ["property limit", "bank accounts", "citizenship", "snap"], [QdrantTestData.V1], ct);

        Assert.Equal(5, statistics.PassageCount);
        Assert.Equal(new Dictionary<string, int> { ["property limit"] = 2, ["household"] = 2, ["citizenship"] = 1, ["snap"] = 0 }, statistics.DocumentFrequency);
        Assert.Equal(["bank accounts", "property limit"], matches[v1[0].Id].Order());
        Assert.Equal(["citizenship"], matches[v1[2].Id]);
        Assert.All(qdrant.Requests<CountPoints>(), c => Assert.True(c.Exact));
        Assert.Contains(qdrant.Requests<CountPoints>(), c => c.Filter.Must.Any(m => m.Field?.Key == "terms"));
    }

    [Fact]
    public async Task Before_anything_is_indexed_searches_are_empty_and_create_nothing()
    {
        await using var qdrant = await LoopbackQdrant.StartAsync();
        using var index = new QdrantPassageIndex(QdrantTestData.Options(qdrant.Url));
        var ct = TestContext.Current.CancellationToken;

        Assert.Empty(await index.SearchHybridAsync(PropertyLimit, new float[] { 1f, 0f, 0f }, [QdrantTestData.V1], 5, ct));
        Assert.Equal(0, (await index.GetTermStatisticsAsync(["property"], [QdrantTestData.V1], ct)).PassageCount);
        await index.RemoveAsync(QdrantTestData.V1, ct);

        Assert.Empty(qdrant.State.CollectionNames());
        Assert.All(qdrant.Calls, c => Assert.Equal("qdrant.Collections/CollectionExists", c.Method));
    }

    [Fact]
    public async Task Unavailable_is_retried_then_reported_with_the_endpoint_the_operation_and_the_status()
    {
        await using var qdrant = await LoopbackQdrant.StartAsync();
        using var index = new QdrantPassageIndex(QdrantTestData.Options(qdrant.Url));
        var ct = TestContext.Current.CancellationToken;
        await index.IndexAsync(QdrantTestData.V1, QdrantTestData.Passages(QdrantTestData.V1), null, ct);

        qdrant.FailNext(StatusCode.Unavailable, 1);
        Assert.NotEmpty(await index.SearchLexicalAsync(PropertyLimit, [QdrantTestData.V1], 5, ct));

        qdrant.FailNext(StatusCode.Unavailable, 3);
        var before = qdrant.Calls.Count;
        var error = await Assert.ThrowsAsync<QdrantException>(() => index.SearchLexicalAsync(PropertyLimit, [QdrantTestData.V1], 5, ct));

        Assert.Equal(3, qdrant.Calls.Count - before);
        Assert.Equal($"Qdrant at {qdrant.Url} refused the query: Unavailable (scripted failure)", error.Message);
    }

    [Fact]
    public async Task The_api_key_is_sent_as_metadata_and_kept_out_of_errors_and_none_is_sent_without_one()
    {
        const string key = "qdrant-secret-key-123";
        await using var qdrant = await LoopbackQdrant.StartAsync();
        using var keyed = new QdrantPassageIndex(QdrantTestData.Options(qdrant.Url, apiKey: key));
        var ct = TestContext.Current.CancellationToken;

        await keyed.IndexAsync(QdrantTestData.V1, QdrantTestData.Passages(QdrantTestData.V1), null, ct);
        qdrant.FailNext(StatusCode.PermissionDenied, 1);
        var error = await Assert.ThrowsAsync<QdrantException>(() => keyed.RemoveAsync(QdrantTestData.V1, ct));
        var keyedCalls = qdrant.Calls.Count;
        using var open = new QdrantPassageIndex(QdrantTestData.Options(qdrant.Url, collection: "other"));
        await open.IndexAsync(QdrantTestData.V1, QdrantTestData.Passages(QdrantTestData.V1), null, ct);

        Assert.All(qdrant.Calls.Take(keyedCalls), c => Assert.Equal(key, c.Header("api-key")));
        Assert.All(qdrant.Calls.Skip(keyedCalls), c => Assert.Null(c.Header("api-key")));
        Assert.DoesNotContain(key, error.Message, StringComparison.Ordinal);
        Assert.Contains("PermissionDenied", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vectors_of_another_size_than_the_collection_holds_are_refused_with_what_to_do()
    {
        await using var qdrant = await LoopbackQdrant.StartAsync();
        using var index = new QdrantPassageIndex(QdrantTestData.Options(qdrant.Url));
        var ct = TestContext.Current.CancellationToken;
        await index.IndexAsync(QdrantTestData.V1, QdrantTestData.Passages(QdrantTestData.V1), QdrantTestData.Vectors(), ct);
        using var other = new QdrantPassageIndex(QdrantTestData.Options(qdrant.Url));

        var error = await Assert.ThrowsAsync<QdrantException>(() => other.IndexAsync(
            QdrantTestData.V2, QdrantTestData.Passages(QdrantTestData.V2, 1), [new float[] { 1f, 0f, 0f, 0f }], ct));

        Assert.Contains($"'{Collection}' at {qdrant.Url} holds 3-dimensional vectors but these are 4-dimensional", error.Message, StringComparison.Ordinal);
        Assert.Contains("point Qdrant:Collection at a new collection", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, qdrant.State.PointCount(Collection));
    }

    [Fact]
    public async Task A_collection_deleted_under_a_running_instance_is_looked_up_again_and_recreated_on_the_next_index()
    {
        await using var qdrant = await LoopbackQdrant.StartAsync();
        using var index = new QdrantPassageIndex(QdrantTestData.Options(qdrant.Url));
        var ct = TestContext.Current.CancellationToken;
        await index.IndexAsync(QdrantTestData.V1, QdrantTestData.Passages(QdrantTestData.V1), null, ct);
        using (var client = new global::Qdrant.Client.QdrantClient(new Uri(qdrant.Url)))
        {
            await client.DeleteCollectionAsync(Collection, cancellationToken: ct);
        }

        var gone = await Assert.ThrowsAsync<QdrantException>(() => index.SearchLexicalAsync(PropertyLimit, [QdrantTestData.V1], 5, ct));
        Assert.Contains("NotFound", gone.Message, StringComparison.Ordinal);
        Assert.False(gone.IsTransient);
        Assert.Empty(await index.SearchLexicalAsync(PropertyLimit, [QdrantTestData.V1], 5, ct));
        await index.IndexAsync(QdrantTestData.V1, QdrantTestData.Passages(QdrantTestData.V1), null, ct);

        Assert.Equal(2, qdrant.Requests<CreateCollection>().Count);
        Assert.Equal(10, qdrant.Requests<CreateFieldIndexCollection>().Count);
        Assert.NotEmpty(await index.SearchLexicalAsync(PropertyLimit, [QdrantTestData.V1], 5, ct));
    }

    [Fact]
    public async Task Qdrant_unavailable_after_the_retries_is_a_transient_failure_an_ingestion_job_may_retry()
    {
        await using var qdrant = await LoopbackQdrant.StartAsync();
        using var index = new QdrantPassageIndex(QdrantTestData.Options(qdrant.Url));
        var ct = TestContext.Current.CancellationToken;

        qdrant.FailNext(StatusCode.Unavailable, 3);
        var error = await Assert.ThrowsAsync<QdrantException>(() => index.IndexAsync(QdrantTestData.V1, QdrantTestData.Passages(QdrantTestData.V1), null, ct));

        Assert.True(error.IsTransient);
        Assert.True(Ingest.Pipeline.IngestOutcome.IsTransient(error));
    }

    /// <summary>The as-of filter: any of the versions, each as its manual and its label.</summary>
    private static void AssertScope(Filter filter, params Core.Manuals.ManualVersionKey[] versions)
    {
        Assert.Empty(filter.Must);
        Assert.Equal(
            versions.Select(v => (v.ManualId, v.Version)),
            filter.Should.Select(s => (
                s.Filter.Must.Single(c => c.Field.Key == "manual_id").Field.Match.Keyword,
                s.Filter.Must.Single(c => c.Field.Key == "version").Field.Match.Keyword)));
    }
}
