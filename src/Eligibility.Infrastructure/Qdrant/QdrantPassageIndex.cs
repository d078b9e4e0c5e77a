using System.Text.Json;
using Eligibility.Core.Manuals;
using Eligibility.Core.Passages;
using Eligibility.Core.Retrieval;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Eligibility.Infrastructure.Qdrant;

/// <summary>
/// The passage index with its dense side in Qdrant: lexical search, term statistics and term matching stay in the
/// embedded index (in-process BM25), which receives the passages without vectors; the vectors become Qdrant points
/// (id derived from the passage id, payload passage_id/manual_id/version) in one collection created on first use.
/// </summary>
public sealed class QdrantPassageIndex : IPassageIndex, IDisposable
{
    private const int UpsertBatchSize = 256;

    private readonly IPassageIndex _embedded;
    private readonly QdrantHttp _http;
    private readonly ILogger _logger;
    private readonly string _collection;
    private readonly string _collectionPath;
    private readonly SemaphoreSlim _collectionGate = new(1, 1);
    private int? _dimensions;

    /// <param name="embedded">The embedded index that keeps the lexical side.</param>
    /// <param name="options">Connection settings; <see cref="QdrantOptions.Url"/> is required.</param>
    /// <param name="httpClient">A client to send requests with (not disposed here); null creates and owns one.</param>
    /// <param name="logger">Receives retries and collection changes; never the API key.</param>
    public QdrantPassageIndex(IPassageIndex embedded, QdrantOptions options, HttpClient? httpClient = null, ILogger<QdrantPassageIndex>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(embedded);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Problem is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        _embedded = embedded;
        _logger = logger ?? NullLogger<QdrantPassageIndex>.Instance;
        _collection = options.Collection.Trim();
        _collectionPath = "collections/" + Uri.EscapeDataString(_collection);
        _http = new QdrantHttp(options, httpClient, _logger);
    }

    public async Task IndexAsync(ManualVersionKey key, IReadOnlyList<Passage> passages, IReadOnlyList<ReadOnlyMemory<float>>? vectors, CancellationToken ct)
    {
        if (vectors is not null && vectors.Count != passages.Count)
        {
            throw new ArgumentException($"{vectors.Count} vectors for {passages.Count} passages", nameof(vectors));
        }

        // Replace, as the port says: the version's old points go first (a re-index may have fewer passages).
        await DeleteVersionAsync(key, ct);
        if (vectors is { Count: > 0 })
        {
            await EnsureCollectionAsync(vectors[0].Length, ct);
            for (var start = 0; start < passages.Count; start += UpsertBatchSize)
            {
                var batch = Enumerable.Range(start, Math.Min(UpsertBatchSize, passages.Count - start)).Select(i => (passages[i], vectors[i]));
                await _http.SendAsync(HttpMethod.Put, _collectionPath + "/points?wait=true", QdrantRequests.Upsert(batch), ct);
            }

            QdrantLog.Indexed(_logger, passages.Count, key.ToString(), _collection);
        }

        await _embedded.IndexAsync(key, passages, null, ct);
    }

    public async Task RemoveAsync(ManualVersionKey key, CancellationToken ct)
    {
        await DeleteVersionAsync(key, ct);
        await _embedded.RemoveAsync(key, ct);
    }

    public Task<IReadOnlyList<PassageHit>> SearchLexicalAsync(LexicalQuery query, IReadOnlyCollection<ManualVersionKey> scope, int top, CancellationToken ct) =>
        _embedded.SearchLexicalAsync(query, scope, top, ct);

    public Task<TermStatistics> GetTermStatisticsAsync(IReadOnlyCollection<string> terms, IReadOnlyCollection<ManualVersionKey> scope, CancellationToken ct) =>
        _embedded.GetTermStatisticsAsync(terms, scope, ct);

    public Task<IReadOnlyDictionary<string, HashSet<string>>> MatchTermsAsync(IReadOnlyCollection<string> passageIds, IReadOnlyCollection<string> terms, IReadOnlyCollection<ManualVersionKey> scope, CancellationToken ct) =>
        _embedded.MatchTermsAsync(passageIds, terms, scope, ct);

    public async Task<IReadOnlyList<PassageHit>> SearchDenseAsync(ReadOnlyMemory<float> vector, IReadOnlyCollection<ManualVersionKey> scope, int top, CancellationToken ct)
    {
        if (scope.Count == 0 || top <= 0 || vector.IsEmpty)
        {
            return [];
        }

        var result = await _http.SendAsync(HttpMethod.Post, _collectionPath + "/points/query", QdrantRequests.Query(vector, scope, top), ct, notFoundIsNull: true);
        if (result is not { ValueKind: JsonValueKind.Object } found || !found.TryGetProperty("points", out var points) || points.ValueKind != JsonValueKind.Array)
        {
            return []; // no collection yet: nothing has vectors
        }

        var hits = new List<PassageHit>(points.GetArrayLength());
        foreach (var point in points.EnumerateArray())
        {
            if (point.TryGetProperty("payload", out var payload) && payload.ValueKind == JsonValueKind.Object
                && payload.TryGetProperty(QdrantRequests.PassageIdField, out var id) && id.GetString() is { } passageId)
            {
                hits.Add(new PassageHit(passageId, point.GetProperty("score").GetDouble()));
            }
        }

        return hits;
    }

    public void Dispose()
    {
        _http.Dispose();
        _collectionGate.Dispose();
    }

    private async Task DeleteVersionAsync(ManualVersionKey key, CancellationToken ct) =>
        await _http.SendAsync(HttpMethod.Post, _collectionPath + "/points/delete?wait=true", QdrantRequests.DeleteVersion(key), ct, notFoundIsNull: true);

    /// <summary>Creates the collection (and its payload indexes) unless it exists; checks that its vector size matches.</summary>
    private async Task EnsureCollectionAsync(int dimensions, CancellationToken ct)
    {
        if (_dimensions is null)
        {
            await _collectionGate.WaitAsync(ct);
            try
            {
                _dimensions ??= await OpenOrCreateAsync(dimensions, ct);
            }
            finally
            {
                _collectionGate.Release();
            }
        }

        if (_dimensions != dimensions)
        {
            throw new QdrantException(
                $"Qdrant collection '{_collection}' at {_http.BaseUrl} holds {_dimensions}-dimensional vectors but these are {dimensions}-dimensional; " +
                "point Qdrant:Collection at a new collection (or delete this one) after changing the embedding model");
        }
    }

    private async Task<int> OpenOrCreateAsync(int dimensions, CancellationToken ct)
    {
        var info = await _http.SendAsync(HttpMethod.Get, _collectionPath, null, ct, notFoundIsNull: true);
        if (info is null)
        {
            await _http.SendAsync(HttpMethod.Put, _collectionPath, QdrantRequests.CreateCollection(dimensions), ct);
            QdrantLog.CollectionCreated(_logger, _collection, dimensions);
        }

        foreach (var field in new[] { QdrantRequests.ManualIdField, QdrantRequests.VersionField })
        {
            if (info is not { } existing || !existing.TryGetProperty("payload_schema", out var schema) || schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty(field, out _))
            {
                await _http.SendAsync(HttpMethod.Put, _collectionPath + "/index?wait=true", QdrantRequests.KeywordIndex(field), ct);
                QdrantLog.PayloadIndexCreated(_logger, field, _collection);
            }
        }

        return info is { } known && VectorSize(known) is { } size ? size : dimensions;
    }

    /// <summary><c>config.params.vectors.size</c> of an unnamed-vector collection; null for other shapes.</summary>
    private static int? VectorSize(JsonElement info) =>
        info.TryGetProperty("config", out var config) && config.TryGetProperty("params", out var parameters)
        && parameters.TryGetProperty("vectors", out var vectors) && vectors.ValueKind == JsonValueKind.Object
        && vectors.TryGetProperty("size", out var size) && size.ValueKind == JsonValueKind.Number
            ? size.GetInt32()
            : null;
}
