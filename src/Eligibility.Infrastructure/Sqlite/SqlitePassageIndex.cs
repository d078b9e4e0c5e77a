using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Eligibility.Core.Manuals;
using Eligibility.Core.Passages;
using Eligibility.Core.Retrieval;
using Eligibility.Infrastructure.Vectors;
using Microsoft.Data.Sqlite;

namespace Eligibility.Infrastructure.Sqlite;

/// <summary>
/// The embedded search index: SQLite FTS5 (BM25, Porter stemming) over passage text and contextual header,
/// and vectors searched in process (see <see cref="VectorCache"/>).
/// </summary>
public sealed class SqlitePassageIndex(SqliteDatabase database, VectorCache cache) : IPassageIndex
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(int, string), int> _frequencies = new();
    private int _generation;
    private int? _passageCount;
    private int _countGeneration = -1;

    // bm25() column weights: passage_id, version_key (unindexed), header, body.
    private const string Rank = "bm25(passage_fts, 0, 0, 3.0, 1.0)";

    public async Task IndexAsync(ManualVersionKey key, IReadOnlyList<Passage> passages, IReadOnlyList<ReadOnlyMemory<float>>? vectors, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        await DeleteAsync(connection, tx, key, ct);

        await using var fts = connection.CreateCommand();
        fts.Transaction = tx;
        fts.CommandText = "INSERT INTO passage_fts (passage_id, version_key, header, body) VALUES ($id, $k, $h, $b)";
        var (id, k, h, b) = (fts.Parameters.Add("$id", SqliteType.Text), fts.Parameters.Add("$k", SqliteType.Text), fts.Parameters.Add("$h", SqliteType.Text), fts.Parameters.Add("$b", SqliteType.Text));
        foreach (var p in passages)
        {
            (id.Value, k.Value, h.Value, b.Value) = (p.Id, key.ToString(), p.ContextHeader, p.Text);
            await fts.ExecuteNonQueryAsync(ct);
        }

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

    private void Changed(ManualVersionKey key)
    {
        cache.Invalidate(key);
        Interlocked.Increment(ref _generation);
        _frequencies.Clear();
    }

    public async Task<IReadOnlyList<PassageHit>> SearchLexicalAsync(LexicalQuery query, IReadOnlyCollection<ManualVersionKey> scope, int top, CancellationToken ct)
    {
        var match = ToFtsQuery(query);
        if (match.Length == 0 || scope.Count == 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT passage_id, {Rank} AS rank FROM passage_fts
            WHERE passage_fts MATCH $q AND version_key IN (SELECT value FROM json_each($scope))
            ORDER BY rank LIMIT $top
            """;
        command.Parameters.AddWithValue("$q", match);
        command.Parameters.AddWithValue("$scope", JsonSerializer.Serialize(scope.Select(s => s.ToString())));
        command.Parameters.AddWithValue("$top", top);
        var hits = new List<PassageHit>(top);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            hits.Add(new PassageHit(reader.GetString(0), -reader.GetDouble(1)));
        }

        return hits;
    }

    public async Task<TermStatistics> GetTermStatisticsAsync(IReadOnlyCollection<string> terms, CancellationToken ct)
    {
        var generation = Volatile.Read(ref _generation);
        await using var connection = await database.OpenAsync(ct);
        if (_passageCount is not { } count || _countGeneration != generation)
        {
            await using var total = connection.CreateCommand();
            total.CommandText = "SELECT count(*) FROM passage_fts";
            count = Convert.ToInt32(await total.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
            (_passageCount, _countGeneration) = (count, generation);
        }

        var frequencies = new Dictionary<string, int>();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM passage_fts WHERE passage_fts MATCH $q";
        var q = command.Parameters.Add("$q", SqliteType.Text);
        foreach (var term in terms.Distinct())
        {
            var key = (generation, term);
            if (!_frequencies.TryGetValue(key, out var df))
            {
                var quoted = Quote(term);
                q.Value = quoted;
                df = quoted.Length == 0 ? 0 : Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
                _frequencies[key] = df;
            }

            frequencies[term] = df;
        }

        return new TermStatistics(count, frequencies);
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

    /// <summary>An FTS5 expression matching any term: each term quoted, so user text can never be FTS syntax.</summary>
    internal static string ToFtsQuery(LexicalQuery query)
    {
        var terms = query.Terms
            .Select(t => Quote(t.Text))
            .Where(t => t.Length > 2)
            .Distinct();
        return string.Join(" OR ", terms);
    }

    private static string Quote(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || c == ' ')
            {
                sb.Append(c);
            }
            else
            {
                sb.Append(' ');
            }
        }

        var inner = string.Join(' ', sb.ToString(1, sb.Length - 1).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return inner.Length == 0 ? "" : $"\"{inner}\"";
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

    private static async Task DeleteAsync(SqliteConnection connection, SqliteTransaction tx, ManualVersionKey key, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "DELETE FROM passage_fts WHERE version_key = $k; DELETE FROM passage_vectors WHERE version_key = $k;";
        command.Parameters.AddWithValue("$k", key.ToString());
        await command.ExecuteNonQueryAsync(ct);
    }
}
