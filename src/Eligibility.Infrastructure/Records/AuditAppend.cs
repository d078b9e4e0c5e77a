using System.Data;
using System.Text.Json;
using Eligibility.Core.Audit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Eligibility.Infrastructure.Records;

/// <summary>
/// Appending to the chain inside a change's own transaction. The transaction is serialised across processes
/// (SQLite: BEGIN IMMEDIATE; PostgreSQL: an exclusive lock on the audit table), so two appenders never read the
/// same head and the chain never forks.
/// </summary>
internal static class AuditAppend
{
    /// <summary>How record details become an entry's payload.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public static async Task<SerialisedTransaction> BeginAsync(RecordsDbContext db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            var transaction = await db.Database.BeginTransactionAsync(ct);
            // EXCLUSIVE blocks other writers until commit and still lets plain reads (verify, read) through.
            await db.Database.ExecuteSqlRawAsync("LOCK TABLE audit_entries IN EXCLUSIVE MODE", ct);
            return new SerialisedTransaction(transaction, null);
        }

        await db.Database.OpenConnectionAsync(ct);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        // Non-deferred is BEGIN IMMEDIATE: another process appending waits here for the write lock instead of forking the chain.
        var sqlite = connection.BeginTransaction(IsolationLevel.Serializable, deferred: false);
        return new SerialisedTransaction(await db.Database.UseTransactionAsync(sqlite, ct) ?? throw new InvalidOperationException("the append transaction was not taken up"), sqlite);
    }

    /// <summary>Adds the next entry after the current head to the context; it is written by the caller's SaveChanges.</summary>
    public static async Task<AuditEntry> AddAsync(RecordsDbContext db, AuditRecord record, AuditKey key, DateTimeOffset now, CancellationToken ct)
    {
        var payload = JsonSerializer.Serialize(record.Details, Json);
        var last = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(ct);
        var sequence = (last?.Sequence ?? 0) + 1;
        var previous = last?.Hash ?? AuditEntry.Genesis;
        var at = StoredTime.Truncate(now);
        var entry = AuditEntry.Create(key, sequence, at, record.Actor, record.Kind, record.Subject, payload, previous);
        db.AuditEntries.Add(AuditEntryRow.From(entry));
        return entry;
    }

    /// <summary>EF's view of the transaction, and on SQLite the connection's own transaction, which EF does not own.</summary>
    internal sealed class SerialisedTransaction(IDbContextTransaction transaction, SqliteTransaction? sqlite) : IAsyncDisposable
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
