using System.Data;
using System.Text.Json;
using Eligibility.Core.Audit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Eligibility.Infrastructure.Records;

/// <summary>
/// The hash-chained audit log in the records database. Appends are serialised within the process and across
/// processes (SQLite: BEGIN IMMEDIATE; PostgreSQL: an exclusive table lock), so the chain never forks.
/// </summary>
internal sealed class EfAuditLog(RecordsDatabase database, TimeProvider clock) : IAuditLog, IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
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
            await using var db = await database.OpenAsync(ct);
            await using var transaction = await BeginSerialisedAsync(db, ct);
            var record = await work(db, ct);
            AuditEntry? entry = null;
            if (record is not null)
            {
                var payload = JsonSerializer.Serialize(record.Details, Json);
                var last = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
                    .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(ct);
                var sequence = (last?.Sequence ?? 0) + 1;
                var previous = last?.Hash ?? AuditEntry.Genesis;
                var at = StoredTime.Truncate(clock.GetUtcNow());
                entry = new AuditEntry(sequence, at, record.Actor, record.Kind, record.Subject, payload, previous,
                    AuditEntry.ComputeHash(sequence, at, record.Actor, record.Kind, record.Subject, payload, previous));
                db.AuditEntries.Add(AuditEntryRow.From(entry));
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
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
        await using var db = await database.OpenAsync(ct);
        var rows = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync(ct);
        return AuditChain.Verify(rows.Select(r => r.ToEntry()));
    }

    public void Dispose() => _append.Dispose();

    private static async Task<AppendTransaction> BeginSerialisedAsync(RecordsDbContext db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            var transaction = await db.Database.BeginTransactionAsync(ct);
            // EXCLUSIVE blocks other writers until commit and still lets plain reads (verify, read) through.
            await db.Database.ExecuteSqlRawAsync("LOCK TABLE audit_entries IN EXCLUSIVE MODE", ct);
            return new AppendTransaction(transaction, null);
        }

        await db.Database.OpenConnectionAsync(ct);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        // Non-deferred is BEGIN IMMEDIATE: another process appending waits here for the write lock instead of forking the chain.
        var sqlite = connection.BeginTransaction(IsolationLevel.Serializable, deferred: false);
        return new AppendTransaction(await db.Database.UseTransactionAsync(sqlite, ct) ?? throw new InvalidOperationException("the append transaction was not taken up"), sqlite);
    }

    /// <summary>EF's view of the transaction, and on SQLite the connection's own transaction, which EF does not own.</summary>
    private sealed class AppendTransaction(IDbContextTransaction transaction, SqliteTransaction? sqlite) : IAsyncDisposable
    {
        public Task CommitAsync(CancellationToken ct) => transaction.CommitAsync(ct);

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            if (sqlite is not null)
            {
                await sqlite.DisposeAsync();
            }
        }
    }
}
