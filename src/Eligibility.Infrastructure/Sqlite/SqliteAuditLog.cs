using System.Data;
using System.Globalization;
using System.Text.Json;
using Eligibility.Core.Audit;
using Microsoft.Data.Sqlite;

namespace Eligibility.Infrastructure.Sqlite;

/// <summary>The audit log in the embedded SQLite file; appends are serialised so the chain never forks.</summary>
public sealed class SqliteAuditLog(SqliteDatabase database, TimeProvider clock) : IAuditLog, IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SemaphoreSlim _append = new(1, 1);

    public async Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken ct)
    {
        var payload = JsonSerializer.Serialize(record.Details, Json);
        await _append.WaitAsync(ct);
        try
        {
            await using var connection = await database.OpenAsync(ct);
            // IMMEDIATE: another process appending at the same time waits instead of forking the chain.
            await using var tx = connection.BeginTransaction(IsolationLevel.Serializable, deferred: false);
            await using var last = connection.CreateCommand();
            last.Transaction = tx;
            last.CommandText = "SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1";
            long sequence = 1;
            var previous = AuditEntry.Genesis;
            await using (var reader = await last.ExecuteReaderAsync(ct))
            {
                if (await reader.ReadAsync(ct))
                {
                    sequence = reader.GetInt64(0) + 1;
                    previous = reader.GetString(1);
                }
            }

            var at = clock.GetUtcNow();
            var entry = new AuditEntry(sequence, at, record.Actor, record.Kind, record.Subject, payload, previous,
                AuditEntry.ComputeHash(sequence, at, record.Actor, record.Kind, record.Subject, payload, previous));
            await using var insert = connection.CreateCommand();
            insert.Transaction = tx;
            insert.CommandText = "INSERT INTO audit_log (sequence, at, actor, kind, subject, payload, previous_hash, hash) VALUES ($s, $at, $a, $k, $sub, $p, $prev, $h)";
            insert.Parameters.AddWithValue("$s", entry.Sequence);
            insert.Parameters.AddWithValue("$at", PassageRows.Time(entry.At));
            insert.Parameters.AddWithValue("$a", entry.Actor);
            insert.Parameters.AddWithValue("$k", entry.Kind);
            insert.Parameters.AddWithValue("$sub", entry.Subject);
            insert.Parameters.AddWithValue("$p", entry.Payload);
            insert.Parameters.AddWithValue("$prev", entry.PreviousHash);
            insert.Parameters.AddWithValue("$h", entry.Hash);
            await insert.ExecuteNonQueryAsync(ct);
            await tx.CommitAsync(ct);
            return entry;
        }
        finally
        {
            _append.Release();
        }
    }

    public void Dispose() => _append.Dispose();

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(string subject, CancellationToken ct) =>
        await ReadAllAsync("WHERE subject = $sub", ("$sub", subject), ct);

    public async Task<AuditVerification> VerifyAsync(CancellationToken ct) => AuditChain.Verify(await ReadAllAsync("", null, ct));

    private async Task<List<AuditEntry>> ReadAllAsync(string where, (string Name, object Value)? parameter, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT sequence, at, actor, kind, subject, payload, previous_hash, hash FROM audit_log {where} ORDER BY sequence";
        if (parameter is { } p)
        {
            command.Parameters.AddWithValue(p.Name, p.Value);
        }

        var entries = new List<AuditEntry>();
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            entries.Add(new AuditEntry(r.GetInt64(0), DateTimeOffset.Parse(r.GetString(1), CultureInfo.InvariantCulture), r.GetString(2), r.GetString(3),
                r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7)));
        }

        return entries;
    }
}
