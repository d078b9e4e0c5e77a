using Eligibility.Core.Audit;
using Microsoft.EntityFrameworkCore;

namespace Eligibility.Infrastructure.Records;

/// <summary>
/// The hash-chained audit log in the records database. Appends are serialised within the process and across
/// processes (SQLite: BEGIN IMMEDIATE; PostgreSQL: an exclusive table lock), so the chain never forks.
/// </summary>
internal sealed class EfAuditLog(RecordsDatabase database, TimeProvider clock) : IAuditLog, IDisposable
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
            await using var db = await database.OpenAsync(ct);
            await using var transaction = await AuditAppend.BeginAsync(db, ct);
            var record = await work(db, ct);
            var entry = record is null ? null : await AuditAppend.AddAsync(db, record, clock.GetUtcNow(), ct);
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
}
