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

        await InsertTermFrequenciesAsync(connection, tx, key, passages, ct);
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

    private void Changed(ManualVersionKey key) => cache.Invalidate(key);

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

    public async Task<TermStatistics> GetTermStatisticsAsync(IReadOnlyCollection<string> terms, IReadOnlyCollection<ManualVersionKey> scope, CancellationToken ct)
    {
        var scopeJson = JsonSerializer.Serialize(scope.Select(s => s.ToString()));
        var stems = terms.Distinct().ToDictionary(t => t, t => SupportScorer.StemsOf(t).Stems.ToList());
        await using var connection = await database.OpenAsync(ct);
        await using var size = connection.CreateCommand();
        size.CommandText = "SELECT coalesce(sum(passages), 0) FROM version_sizes WHERE version_key IN (SELECT value FROM json_each($scope))";
        size.Parameters.AddWithValue("$scope", scopeJson);
        var count = Convert.ToInt32(await size.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT stem, sum(df) FROM term_frequencies WHERE stem IN (SELECT value FROM json_each($stems)) "
            + "AND version_key IN (SELECT value FROM json_each($scope)) GROUP BY stem";
        command.Parameters.AddWithValue("$stems", JsonSerializer.Serialize(stems.Values.SelectMany(s => s).Distinct()));
        command.Parameters.AddWithValue("$scope", scopeJson);
        var byStem = new Dictionary<string, int>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                byStem[reader.GetString(0)] = reader.GetInt32(1);
            }
        }

        // A phrase is as rare as its rarest word (an upper bound on the passages holding the whole phrase).
        var frequencies = stems.ToDictionary(s => s.Key, s => s.Value.Count == 0 ? 0 : s.Value.Min(stem => byStem.GetValueOrDefault(stem)));
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

    /// <summary>Per stem, how many of the version's passages contain it: the weights of question words.</summary>
    private static async Task InsertTermFrequenciesAsync(SqliteConnection connection, SqliteTransaction tx, ManualVersionKey key, IReadOnlyList<Passage> passages, CancellationToken ct)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var passage in passages)
        {
            foreach (var stem in SupportScorer.StemsOf(passage.ContextHeader + " " + passage.Text).Stems)
            {
                df[stem] = df.GetValueOrDefault(stem) + 1;
            }
        }

        await using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = "INSERT INTO term_frequencies (stem, version_key, df) VALUES ($s, $k, $d)";
        var (s, k, d) = (insert.Parameters.Add("$s", SqliteType.Text), insert.Parameters.Add("$k", SqliteType.Text), insert.Parameters.Add("$d", SqliteType.Integer));
        k.Value = key.ToString();
        foreach (var (stem, count) in df)
        {
            (s.Value, d.Value) = (stem, count);
            await insert.ExecuteNonQueryAsync(ct);
        }

        await using var size = connection.CreateCommand();
        size.Transaction = tx;
        size.CommandText = "INSERT INTO version_sizes (version_key, passages) VALUES ($k, $n)";
        size.Parameters.AddWithValue("$k", key.ToString());
        size.Parameters.AddWithValue("$n", passages.Count);
        await size.ExecuteNonQueryAsync(ct);
    }

    private static async Task DeleteAsync(SqliteConnection connection, SqliteTransaction tx, ManualVersionKey key, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "DELETE FROM passage_fts WHERE version_key = $k; DELETE FROM passage_vectors WHERE version_key = $k; "
            + "DELETE FROM term_frequencies WHERE version_key = $k; DELETE FROM version_sizes WHERE version_key = $k;";
        command.Parameters.AddWithValue("$k", key.ToString());
        await command.ExecuteNonQueryAsync(ct);
    }
}
