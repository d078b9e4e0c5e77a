using Eligibility.Core.Audit;
using Eligibility.Core.Manuals;
using Eligibility.Core.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Eligibility.Infrastructure.Records.Publishing;

internal sealed class EfGateRunStore(RecordsDatabase database, EfAuditLog audit) : IGateRunStore
{
    public async Task AddAsync(GateRun run, AuditRecord auditRecord, CancellationToken ct) =>
        await audit.WriteAsync((db, _) =>
        {
            db.GateRuns.Add(GateRunRow.From(run));
            return Task.FromResult<AuditRecord?>(auditRecord);
        }, ct);

    public async Task<GateRun?> FindAsync(string id, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        return (await db.GateRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct))?.ToRun();
    }

    public async Task<GateRun?> LatestAsync(ManualVersionKey key, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        return (await db.GateRuns.AsNoTracking().Where(r => r.ManualId == key.ManualId && r.Version == key.Version)
            .OrderByDescending(r => r.RequestedAt).ThenByDescending(r => r.Id).FirstOrDefaultAsync(ct))?.ToRun();
    }

    public async Task<bool> StartAsync(string id, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        return await db.GateRuns.Where(r => r.Id == id && r.Status == nameof(GateStatus.Queued))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, nameof(GateStatus.Running)), ct) == 1;
    }

    public async Task<GateRun> FinishAsync(GateRun finished, AuditRecord auditRecord, CancellationToken ct)
    {
        await audit.WriteAsync(async (db, token) =>
        {
            var row = await db.GateRuns.FirstAsync(r => r.Id == finished.Id, token);
            var update = GateRunRow.From(finished);
            (row.Status, row.Staged, row.Active, row.Failures, row.Error, row.FinishedAt) = (update.Status, update.Staged, update.Active, update.Failures, update.Error, update.FinishedAt);
            return auditRecord;
        }, ct);
        return finished;
    }
}
