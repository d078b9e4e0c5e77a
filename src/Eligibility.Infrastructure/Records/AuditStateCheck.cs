using System.Data.Common;
using System.Text.Json;
using Eligibility.Core.Manuals;

namespace Eligibility.Infrastructure.Records;

/// <summary>
/// Checks the state against the chain, reading in bounded batches with plain SQL (see <see cref="EfAuditLog.VerifyAsync"/>):
/// every published manual version has its publish entry (or came in with an import that recorded it published),
/// and every final determination's row is what its decision entry recorded.
/// </summary>
internal static class AuditStateCheck
{
    private const int Batch = 500;
    private const string Decision = "determination-decision";

    public sealed record Disagreement(string Reason, long? Sequence);

    public static async Task<Disagreement?> FirstDisagreementAsync(DbConnection connection, CancellationToken ct) =>
        await UnrecordedPublicationAsync(connection, ct) ?? await AlteredDeterminationAsync(connection, ct);

    private static async Task<Disagreement?> UnrecordedPublicationAsync(DbConnection connection, CancellationToken ct)
    {
        var published = await ReadAsync(connection, "SELECT manual_id, version FROM manual_versions WHERE status = @p0 ORDER BY manual_id, version",
            r => new ManualVersionKey(r.GetString(0), r.GetString(1)).ToString(), ct, nameof(VersionStatus.Published));
        var imported = await ReadAsync(connection, "SELECT payload FROM audit_entries WHERE kind = @p0", r => r.GetString(0), ct, "records-imported");
        foreach (var key in published)
        {
            var entries = await ReadAsync(connection, "SELECT sequence FROM audit_entries WHERE subject = @p0 AND kind = @p1", r => r.GetInt64(0), ct, key, ManualAudit.Published);
            if (entries.Count == 0 && !imported.Any(p => p.Contains($"\"{key} (published)\"", StringComparison.Ordinal)))
            {
                return new Disagreement($"manual version {key} is published, but no audit entry records its publication", null);
            }
        }

        return null;
    }

    private static async Task<Disagreement?> AlteredDeterminationAsync(DbConnection connection, CancellationToken ct)
    {
        var after = "";
        while (true)
        {
            var rows = await ReadAsync(connection,
                $"SELECT id, created_by, owner, created_at, corrects, facts, draft, state, decided_by, decided_at, final_outcome, final_summary, amendments, reason " +
                $"FROM determinations WHERE state <> @p0 AND id > @p1 ORDER BY id LIMIT {Batch}",
                r => new DeterminationRow
                {
                    Id = r.GetString(0), CreatedBy = r.GetString(1), Owner = r.GetString(2), CreatedAt = r.GetDateTime(3), Corrects = Text(r, 4), Facts = r.GetString(5),
                    Draft = r.GetString(6), State = r.GetString(7), DecidedBy = Text(r, 8), DecidedAt = r.IsDBNull(9) ? null : r.GetDateTime(9),
                    FinalOutcome = Text(r, 10), FinalSummary = Text(r, 11), Amendments = Text(r, 12), Reason = Text(r, 13),
                }, ct, DeterminationRow.DraftState, after);
            foreach (var row in rows)
            {
                var entry = (await ReadAsync(connection, "SELECT sequence, payload FROM audit_entries WHERE subject = @p0 AND kind = @p1 ORDER BY sequence DESC LIMIT 1",
                    r => (Sequence: r.GetInt64(0), Payload: r.GetString(1)), ct, row.Id, Decision)).SingleOrDefault();
                if (entry.Payload is null)
                {
                    return new Disagreement($"determination {row.Id} is {row.State.ToLowerInvariant()}, but no audit entry records its decision", null);
                }

                if (!Matches(row, entry.Payload))
                {
                    return new Disagreement($"determination {row.Id} no longer matches its decision entry {entry.Sequence} (the row was edited)", entry.Sequence);
                }
            }

            if (rows.Count < Batch)
            {
                return null;
            }

            after = rows[^1].Id;
        }
    }

    /// <summary>The row digest when the entry has one; entries from before digests are compared on the decision's own fields.</summary>
    private static bool Matches(DeterminationRow row, string payload)
    {
        using var json = JsonDocument.Parse(payload);
        var recorded = json.RootElement;
        if (recorded.TryGetProperty(DeterminationRowDigest.Field, out var digest))
        {
            return digest.GetString() == DeterminationRowDigest.Of(row);
        }

        return Field(recorded, "state") == row.State && Field(recorded, "finalOutcome") == row.FinalOutcome && Field(recorded, "finalSummary") == row.FinalSummary;
    }

    private static string? Field(JsonElement element, string name) => element.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static async Task<List<T>> ReadAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> read, CancellationToken ct, params object[] values)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            parameter.Value = values[i];
            command.Parameters.Add(parameter);
        }

        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
