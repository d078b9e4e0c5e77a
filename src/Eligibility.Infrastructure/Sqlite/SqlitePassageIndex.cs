using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Eligibility.Core.Manuals;
using Eligibility.Core.Passages;
using Eligibility.Core.Retrieval;
using Eligibility.Infrastructure.Lexical;
using Eligibility.Infrastructure.Vectors;
using Microsoft.Data.Sqlite;

namespace Eligibility.Infrastructure.Sqlite;

/// <summary>
/// The embedded search index. Lexical: BM25F over passage text and contextual header, held in memory per
/// manual version (built from the passages table on first use; versions never change). Dense: vectors
/// stored in SQLite and searched in process with SIMD.
/// </summary>
public sealed class SqlitePassageIndex(SqliteDatabase database, VectorCache cache) : IPassageIndex
{
    private readonly ConcurrentDictionary<ManualVersionKey, Lazy<Task<Bm25Segment>>> _segments = new();

    public async Task IndexAsync(ManualVersionKey key, IReadOnlyList<Passage> passages, IReadOnlyList<ReadOnlyMemory<float>>? vectors, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        await DeleteAsync(connection, tx, key, ct);
        if (vectors is not null)
        {
            await using var vec = connection.CreateCommand();
            vec.Transaction = tx;
            vec.CommandText = "INSERT INTO passage_vectors (passage_id, version_key, vector) VALUES ($id, $k, $v)";
            var (vid, vk, vv) = (vec.Parameters.Add("$id", SqliteType.Text), vec.Parameters.Add("$k", SqliteType.Text), vec.Parameters.Add("$v", SqliteType.Blob));
            for (var i = 0; i < passages.Count; i++)
            {
                (vid.Value, vk.Value, vv.Value) = (passages[i].Id, key.ToString(), MemoryMarshal.AsBytes(vectors[i].Span).ToArray());
                await vec.ExecuteNonQueryAsync(ct);
            }
        }

        await tx.CommitAsync(ct);
        Changed(key);
    }

    public async Task RemoveAsync(ManualVersionKey key, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        await DeleteAsync(connection, tx, key, ct);
        await tx.CommitAsync(ct);
        Changed(key);
    }

    public async Task<IReadOnlyList<PassageHit>> SearchLexicalAsync(LexicalQuery query, IReadOnlyCollection<ManualVersionKey> scope, int top, CancellationToken ct) =>
        query.IsEmpty || scope.Count == 0 ? [] : Bm25Search.Search(await SegmentsAsync(scope, ct), query, top);

    public async Task<TermStatistics> GetTermStatisticsAsync(IReadOnlyCollection<string> terms, IReadOnlyCollection<ManualVersionKey> scope, CancellationToken ct)
    {
        var segments = await SegmentsAsync(scope, ct);
        var frequencies = terms.Distinct().ToDictionary(
            t => t,
            t => LexicalTokens.ForQuery(t).Select(term => segments.Sum(s => s.DocumentFrequency(term))).DefaultIfEmpty(0).Min());
        return new TermStatistics(segments.Sum(s => s.Count), frequencies);
    }

    public async Task<IReadOnlyDictionary<string, HashSet<string>>> MatchTermsAsync(IReadOnlyCollection<string> passageIds, IReadOnlyCollection<string> terms, IReadOnlyCollection<ManualVersionKey> scope, CancellationToken ct)
    {
        var segments = await SegmentsAsync(scope, ct);
        var keys = terms.Distinct().Select(t => (Term: t, Keys: LexicalTokens.ForQuery(t).ToList())).ToList();
        var matches = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var id in passageIds)
        {
            var segment = segments.FirstOrDefault(s => s.Holds(id));
            matches[id] = segment is null ? [] : keys.Where(k => segment.Contains(id, k.Keys)).Select(k => k.Term).ToHashSet(StringComparer.Ordinal);
        }

        return matches;
    }

    public async Task<IReadOnlyList<PassageHit>> SearchDenseAsync(ReadOnlyMemory<float> vector, IReadOnlyCollection<ManualVersionKey> scope, int top, CancellationToken ct)
    {
        var hits = new List<PassageHit>();
        foreach (var key in scope)
        {
            var set = await cache.GetAsync(key, k => LoadVectorsAsync(k, ct));
            hits.AddRange(set.Nearest(vector.Span, top));
        }

        return hits.OrderByDescending(h => h.Score).Take(top).ToList();
    }

    private async Task<Bm25Segment[]> SegmentsAsync(IReadOnlyCollection<ManualVersionKey> scope, CancellationToken ct) =>
        await Task.WhenAll(scope.Select(key => _segments.GetOrAdd(key, k => new Lazy<Task<Bm25Segment>>(() => LoadSegmentAsync(k, CancellationToken.None))).Value.WaitAsync(ct)));

    private async Task<Bm25Segment> LoadSegmentAsync(ManualVersionKey key, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, context_header, text FROM passages WHERE manual_id = $m AND version = $v ORDER BY ordinal";
        command.Parameters.AddWithValue("$m", key.ManualId);
        command.Parameters.AddWithValue("$v", key.Version);
        var rows = new List<(string, string, string)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return Bm25Segment.Build(rows);
    }

    private async Task<VectorSet> LoadVectorsAsync(ManualVersionKey key, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT passage_id, vector FROM passage_vectors WHERE version_key = $k";
        command.Parameters.AddWithValue("$k", key.ToString());
        var ids = new List<string>();
        var rows = new List<float[]>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetString(0));
            rows.Add(MemoryMarshal.Cast<byte, float>((byte[])reader.GetValue(1)).ToArray());
        }

        return new VectorSet(ids, rows);
    }

    private void Changed(ManualVersionKey key)
    {
        cache.Invalidate(key);
        _segments.TryRemove(key, out _);
    }

    private static async Task DeleteAsync(SqliteConnection connection, SqliteTransaction tx, ManualVersionKey key, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "DELETE FROM passage_vectors WHERE version_key = $k";
        command.Parameters.AddWithValue("$k", key.ToString());
        await command.ExecuteNonQueryAsync(ct);
    }
}
