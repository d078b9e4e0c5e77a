using Eligibility.Core.Manuals;
using Eligibility.Core.Passages;
using Eligibility.Core.Retrieval;
using Eligibility.Infrastructure.Lexical;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Qdrant.Client;
using Qdrant.Client.Grpc;

namespace Eligibility.Infrastructure.Qdrant;

/// <summary>
/// The passage index in Qdrant, through its official gRPC client: one collection whose points carry a sparse BM25 vector
/// (Qdrant applies the IDF), a dense vector when an embedder is configured, and a keyword-indexed payload. A question is one
/// Query call (sparse and dense prefetches fused by RRF in Qdrant, filtered to the versions in effect); term statistics and
/// matching are counts and payload reads. The instance keeps no index state of its own, so any number of them can serve.
/// </summary>
public sealed class QdrantPassageIndex : IPassageIndex, IDisposable
{
    private const int UpsertBatchSize = 256;

    private readonly QdrantCalls _calls;
    private readonly ILogger _logger;
    private readonly string _collection;
    private readonly SemaphoreSlim _collectionGate = new(1, 1);
    private CollectionShape? _shape;
    private bool _indexed;

    /// <param name="options">Connection settings; <see cref="QdrantOptions.Url"/> is required.</param>
    /// <param name="logger">Receives retries and collection changes; never the API key.</param>
    public QdrantPassageIndex(QdrantOptions options, ILogger<QdrantPassageIndex>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Problem is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        _logger = logger ?? NullLogger<QdrantPassageIndex>.Instance;
        _collection = options.Collection.Trim();
        // A collection deleted under a running instance is looked up (or created) again on the next call.
        _calls = new QdrantCalls(options, _logger, notFound: () => (_shape, _indexed) = (null, false));
    }

    public async Task IndexAsync(ManualVersionKey key, IReadOnlyList<Passage> passages, IReadOnlyList<ReadOnlyMemory<float>>? vectors, CancellationToken ct)
    {
        if (vectors is not null && vectors.Count != passages.Count)
        {
            throw new ArgumentException($"{vectors.Count} vectors for {passages.Count} passages", nameof(vectors));
        }

        var shape = await EnsureCollectionAsync(vectors is { Count: > 0 } ? vectors[0].Length : null, ct);
        var points = QdrantPoints.For(passages, shape.Dimensions is null ? null : vectors);
        // Upsert first, then drop what the version no longer holds: ids come from passage ids, so running this again
        // overwrites the same points, and at no moment is a passage of the version missing.
        for (var start = 0; start < points.Count; start += UpsertBatchSize)
        {
            var batch = points.GetRange(start, Math.Min(UpsertBatchSize, points.Count - start));
            await _calls.RunAsync("upsert", (client, token) => client.UpsertAsync(_collection, batch, wait: true, cancellationToken: token), ct);
        }

        var stale = QdrantPoints.OfVersion(key);
        if (passages.Count > 0)
        {
            stale.MustNot.Add(Conditions.Match(QdrantPoints.PassageIdField, [.. passages.Select(p => p.Id)]));
        }

        await _calls.RunAsync("delete", (client, token) => client.DeleteAsync(_collection, stale, wait: true, cancellationToken: token), ct);
        QdrantLog.Indexed(_logger, points.Count, key.ToString(), _collection);
    }

    public async Task RemoveAsync(ManualVersionKey key, CancellationToken ct)
    {
        if (await ShapeAsync(ct) is not null)
        {
            await _calls.RunAsync("delete", (client, token) => client.DeleteAsync(_collection, QdrantPoints.OfVersion(key), wait: true, cancellationToken: token), ct);
        }
    }

    public async Task<IReadOnlyList<PassageHit>> SearchLexicalAsync(LexicalQuery query, IReadOnlyCollection<ManualVersionKey> scope, int top, CancellationToken ct)
    {
        var sparse = SparseBm25.Query(query);
        if (sparse.IsEmpty || scope.Count == 0 || top <= 0 || await ShapeAsync(ct) is null)
        {
            return [];
        }

        var found = await _calls.RunAsync("query", (client, token) => client.QueryAsync(
            _collection, query: QdrantPoints.SparseQuery(sparse), usingVector: QdrantPoints.Sparse, filter: QdrantPoints.InScope(scope),
            limit: (ulong)top, payloadSelector: QdrantPoints.Only(QdrantPoints.PassageIdField), cancellationToken: token), ct);
        return Hits(found);
    }

    public async Task<IReadOnlyList<PassageHit>> SearchDenseAsync(ReadOnlyMemory<float> vector, IReadOnlyCollection<ManualVersionKey> scope, int top, CancellationToken ct)
    {
        if (vector.IsEmpty || scope.Count == 0 || top <= 0 || await ShapeAsync(ct) is not { Dimensions: not null })
        {
            return [];
        }

        var found = await _calls.RunAsync("query", (client, token) => client.QueryAsync(
            _collection, query: QdrantPoints.DenseQuery(vector), usingVector: QdrantPoints.Dense, filter: QdrantPoints.InScope(scope),
            limit: (ulong)top, payloadSelector: QdrantPoints.Only(QdrantPoints.PassageIdField), cancellationToken: token), ct);
        return Hits(found);
    }

    public async Task<IReadOnlyList<FusedHit>> SearchHybridAsync(LexicalQuery query, ReadOnlyMemory<float>? vector, IReadOnlyCollection<ManualVersionKey> scope, int top, CancellationToken ct)
    {
        if (vector is not { IsEmpty: false } dense || await ShapeAsync(ct) is not { Dimensions: not null })
        {
            return [.. (await SearchLexicalAsync(query, scope, top, ct)).Select((h, i) => new FusedHit(h.PassageId, h.Score, LexicalRank: i + 1))];
        }

        if (scope.Count == 0 || top <= 0)
        {
            return [];
        }

        // One call: both candidate lists are gathered and fused in Qdrant, each prefetch filtered to the versions in effect.
        var filter = QdrantPoints.InScope(scope);
        var prefetch = new List<PrefetchQuery>();
        var sparse = SparseBm25.Query(query);
        if (!sparse.IsEmpty)
        {
            prefetch.Add(new PrefetchQuery { Query = new Query { Nearest = QdrantPoints.SparseQuery(sparse) }, Using = QdrantPoints.Sparse, Filter = filter, Limit = (ulong)top });
        }

        prefetch.Add(new PrefetchQuery { Query = new Query { Nearest = QdrantPoints.DenseQuery(dense) }, Using = QdrantPoints.Dense, Filter = filter, Limit = (ulong)top });
        var found = await _calls.RunAsync("query", (client, token) => client.QueryAsync(
            _collection, query: new Query { Rrf = new Rrf { K = ReciprocalRankFusion.K } }, prefetch: prefetch, filter: filter,
            limit: (ulong)top, payloadSelector: QdrantPoints.Only(QdrantPoints.PassageIdField), cancellationToken: token), ct);
        return [.. Hits(found).Select(h => new FusedHit(h.PassageId, h.Score))];
    }

    public async Task<TermStatistics> GetTermStatisticsAsync(IReadOnlyCollection<string> terms, IReadOnlyCollection<ManualVersionKey> scope, CancellationToken ct)
    {
        var keys = terms.Distinct().ToDictionary(t => t, t => LexicalTokens.ForQuery(t).ToList());
        if (scope.Count == 0 || await ShapeAsync(ct) is null)
        {
            return new TermStatistics(0, keys.ToDictionary(k => k.Key, _ => 0));
        }

        var filter = QdrantPoints.InScope(scope);
        var distinct = keys.Values.SelectMany(k => k).Distinct(StringComparer.Ordinal).ToList();
        var counts = await Task.WhenAll(
            distinct.Select(term => CountAsync(QdrantPoints.WithTerm(filter, term), ct)).Prepend(CountAsync(filter, ct)));
        var frequency = distinct.Select((term, i) => (term, counts[i + 1])).ToDictionary(x => x.term, x => x.Item2, StringComparer.Ordinal);
        // As the embedded index counts a phrase: by its rarest pair.
        return new TermStatistics(counts[0], keys.ToDictionary(k => k.Key, k => k.Value.Select(term => frequency[term]).DefaultIfEmpty(0).Min()));
    }

    public async Task<IReadOnlyDictionary<string, HashSet<string>>> MatchTermsAsync(IReadOnlyCollection<string> passageIds, IReadOnlyCollection<string> terms, IReadOnlyCollection<ManualVersionKey> scope, CancellationToken ct)
    {
        var matches = passageIds.Distinct().ToDictionary(id => id, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        if (matches.Count == 0 || await ShapeAsync(ct) is null)
        {
            return matches;
        }

        var keys = terms.Distinct().Select(t => (Term: t, Keys: LexicalTokens.ForQuery(t).ToList())).Where(k => k.Keys.Count > 0).ToList();
        var ids = matches.Keys.Select(id => (PointId)QdrantPointId.For(id)).ToList();
        var points = await _calls.RunAsync("retrieve", (client, token) => client.RetrieveAsync(
            _collection, ids, QdrantPoints.Only(QdrantPoints.PassageIdField, QdrantPoints.TermsField), new WithVectorsSelector { Enable = false }, cancellationToken: token), ct);
        foreach (var point in points)
        {
            if (point.Payload.TryGetValue(QdrantPoints.PassageIdField, out var id) && matches.TryGetValue(id.StringValue, out var found)
                && point.Payload.TryGetValue(QdrantPoints.TermsField, out var held))
            {
                var present = held.ListValue.Values.Select(v => v.StringValue).ToHashSet(StringComparer.Ordinal);
                found.UnionWith(keys.Where(k => k.Keys.All(present.Contains)).Select(k => k.Term));
            }
        }

        return matches;
    }

    /// <summary>Whether Qdrant answers, as its health check says; the failure names the endpoint and the reason.</summary>
    public Task<string> CheckHealthAsync(CancellationToken ct) =>
        _calls.RunAsync("health check", async (client, token) => (await client.HealthAsync(token)).Version, ct, retry: false);

    public void Dispose()
    {
        _calls.Dispose();
        _collectionGate.Dispose();
    }

    private async Task<int> CountAsync(Filter filter, CancellationToken ct) =>
        (int)await _calls.RunAsync("count", (client, token) => client.CountAsync(_collection, filter, exact: true, cancellationToken: token), ct);

    private static List<PassageHit> Hits(IReadOnlyList<ScoredPoint> points) =>
        [.. points.Where(p => p.Payload.ContainsKey(QdrantPoints.PassageIdField)).Select(p => new PassageHit(p.Payload[QdrantPoints.PassageIdField].StringValue, p.Score))];

    /// <summary>The collection's shape, or null while it does not exist (nothing indexed yet: every search is empty).</summary>
    private async Task<CollectionShape?> ShapeAsync(CancellationToken ct)
    {
        if (_shape is { } known)
        {
            return known;
        }

        if (!await _calls.RunAsync("collection check", (client, token) => client.CollectionExistsAsync(_collection, token), ct))
        {
            return null;
        }

        return _shape = await ReadShapeAsync(ct);
    }

    /// <summary>
    /// Creates the collection (sparse BM25 with the IDF modifier; dense vectors when there are any) and its payload
    /// indexes unless it exists, then checks that its dense vectors fit.
    /// </summary>
    private async Task<CollectionShape> EnsureCollectionAsync(int? dimensions, CancellationToken ct)
    {
        CollectionShape shape;
        await _collectionGate.WaitAsync(ct);
        try
        {
            if (_shape is not { } known || !_indexed)
            {
                if (!await _calls.RunAsync("collection check", (client, token) => client.CollectionExistsAsync(_collection, token), ct))
                {
                    await CreateAsync(dimensions, ct);
                }

                foreach (var (field, type) in QdrantPoints.PayloadIndexes)
                {
                    // Creating an index that exists changes nothing, so every instance may do it.
                    await _calls.RunAsync("payload index", (client, token) => client.CreatePayloadIndexAsync(_collection, field, type, wait: true, cancellationToken: token), ct);
                }

                known = await ReadShapeAsync(ct);
                _shape = known;
                _indexed = true;
            }

            shape = known;
        }
        finally
        {
            _collectionGate.Release();
        }

        if (dimensions is not null && shape.Dimensions != dimensions)
        {
            throw new QdrantException(
                $"Qdrant collection '{_collection}' at {_calls.Endpoint} holds {(shape.Dimensions is { } d ? $"{d}-dimensional vectors" : "no dense vectors")} " +
                $"but these are {dimensions}-dimensional; point Qdrant:Collection at a new collection (or delete this one) after changing the embedding model");
        }

        return shape;
    }

    private async Task CreateAsync(int? dimensions, CancellationToken ct)
    {
        var create = new CreateCollection
        {
            CollectionName = _collection,
            SparseVectorsConfig = new SparseVectorConfig { Map = { [QdrantPoints.Sparse] = new SparseVectorParams { Modifier = Modifier.Idf } } },
        };
        if (dimensions is { } size)
        {
            create.VectorsConfig = new VectorsConfig { ParamsMap = new VectorParamsMap { Map = { [QdrantPoints.Dense] = new VectorParams { Size = (ulong)size, Distance = Distance.Cosine } } } };
        }

        try
        {
            await _calls.RunAsync("create collection", (client, token) => client.CreateCollectionAsync(create, token), ct);
            QdrantLog.CollectionCreated(_logger, _collection, dimensions ?? 0);
        }
        catch (QdrantException e) when (e.InnerException is RpcException { StatusCode: StatusCode.AlreadyExists })
        {
            // Another instance created it first.
        }
    }

    private async Task<CollectionShape> ReadShapeAsync(CancellationToken ct)
    {
        var info = await _calls.RunAsync("collection info", (client, token) => client.GetCollectionInfoAsync(_collection, token), ct);
        var vectors = info.Config?.Params?.VectorsConfig;
        int? dimensions = vectors?.ParamsMap?.Map.TryGetValue(QdrantPoints.Dense, out var dense) == true ? (int)dense.Size : null;
        if (info.Config?.Params?.SparseVectorsConfig?.Map.ContainsKey(QdrantPoints.Sparse) != true)
        {
            throw new QdrantException(
                $"Qdrant collection '{_collection}' at {_calls.Endpoint} has no sparse vectors named '{QdrantPoints.Sparse}': it was not made by this version of the product; " +
                "point Qdrant:Collection at a new collection (the product creates it) and re-index the manuals");
        }

        return new CollectionShape(dimensions);
    }

    /// <summary>What the adapter needs to know of its collection: the size of its dense vectors, if it has any.</summary>
    private sealed record CollectionShape(int? Dimensions);
}
