using Eligibility.Core.Audit;
using Microsoft.EntityFrameworkCore;

namespace Eligibility.Infrastructure.Records;

/// <summary>
/// The keyed, hash-chained audit log in the database. Appends are serialised within the process and across
/// processes (SQLite: BEGIN IMMEDIATE; PostgreSQL: an exclusive table lock), so the chain never forks; after each
/// commit the new head is checkpointed outside the database.
/// </summary>
internal sealed class EfAuditLog(RecordsDatabase database, TimeProvider clock, AuditKeyRing keys, IAuditCheckpoints checkpoints) : IAuditLog, IDisposable
{
    private readonly SemaphoreSlim _append = new(1, 1);

    public async Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        return (await WriteAsync((_, _) => Task.FromResult<AuditRecord?>(record), ct))!;
    }

    /// <summary>
    /// Runs <paramref name="work"/> and appends the audit record it returns (none when it returns null) in one
    /// serialised transaction: the change and its audit entry are committed together or not at all.
    /// </summary>
    internal async Task<AuditEntry?> WriteAsync(Func<RecordsDbContext, CancellationToken, Task<AuditRecord?>> work, CancellationToken ct)
    {
        await _append.WaitAsync(ct);
        try
        {
            AuditEntry? entry;
            await using (var db = await database.OpenAsync(ct))
            {
                await using var transaction = await AuditAppend.BeginAsync(db, ct);
                var record = await work(db, ct);
                entry = record is null ? null : await AuditAppend.AddAsync(db, record, keys.Current, clock.GetUtcNow(), ct);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }

            if (entry is not null)
            {
                // After the commit: a crash in between leaves the head one entry past the checkpoint, which verify allows.
                await checkpoints.AppendAsync(entry, CancellationToken.None);
            }

            return entry;
        }
        finally
        {
            _append.Release();
        }
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(string subject, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        var rows = await db.AuditEntries.AsNoTracking().Where(e => e.Subject == subject).OrderBy(e => e.Sequence).ToListAsync(ct);
        return rows.ConvertAll(r => r.ToEntry());
    }

    public async Task<AuditVerification> VerifyAsync(CancellationToken ct)
    {
        var checkpoint = await checkpoints.LatestAsync(ct);
        var chain = new AuditChain(keys);
        string? atCheckpoint = null;
        await database.MigrateAsync(ct);
        await using var connection = await database.OpenConnectionAsync(ct);
        // Verify reads with plain SQL, streamed in sequence order: memory stays flat however long the chain is, and
        // the verifying process stays small (EF Core's query pipeline measured ~40 MiB of working set on its own).
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT sequence, at, actor, kind, subject, payload, previous_hash, hash, key_id FROM audit_entries ORDER BY sequence";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var entry = new AuditEntry(reader.GetInt64(0), StoredTime.FromColumn(reader.GetDateTime(1)), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                    reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8));
                if (chain.Check(entry) is { } broken)
                {
                    return new AuditVerification(false, chain.Count, (chain.Head?.Sequence ?? 0) + 1, broken) { Checkpoint = checkpoint };
                }

                if (entry.Sequence == checkpoint?.Sequence)
                {
                    atCheckpoint = entry.Hash;
                }
            }
        }

        var head = chain.Head;
        if (checkpoint is not null && (head is null || head.Sequence < checkpoint.Sequence))
        {
            return Broken(head, checkpoint, $"the chain ends at entry {head?.Sequence ?? 0}, but a checkpoint outside the database records entry {checkpoint.Sequence} (entries were removed)");
        }

        if (checkpoint is not null && atCheckpoint != checkpoint.Tag)
        {
            return Broken(head, checkpoint, $"entry {checkpoint.Sequence} differs from its checkpoint outside the database (the chain was rewritten)", checkpoint.Sequence);
        }

        if (checkpoint is null && head?.KeyId is not null)
        {
            return Broken(head, checkpoint, "no checkpoint was found outside the database, although keyed entries are written with one (the checkpoint file is missing)");
        }

        if (await AuditStateCheck.FirstDisagreementAsync(connection, ct) is { } disagreement)
        {
            return Broken(head, checkpoint, disagreement.Reason, disagreement.Sequence);
        }

        return new AuditVerification(true, chain.Count, null, null) { Checkpoint = checkpoint };

        AuditVerification Broken(AuditEntry? last, AuditCheckpoint? latest, string reason, long? sequence = null) =>
            new(false, chain.Count, sequence ?? (last?.Sequence ?? 0) + 1, reason) { Checkpoint = latest };
    }

    public void Dispose() => _append.Dispose();
}
