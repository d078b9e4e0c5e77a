using Eligibility.Core.Audit;
using Eligibility.Core.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Eligibility.Infrastructure.Records.Publishing;

internal sealed class EfNoticeStore(RecordsDatabase database, EfAuditLog audit, TimeProvider clock) : INoticeStore
{
    public async Task<IReadOnlyList<Notice>> RaiseAsync(IReadOnlyList<Notice> notices, AuditRecord auditRecord, CancellationToken ct)
    {
        if (notices.Count == 0)
        {
            return [];
        }

        List<Notice> raised = [];
        await audit.WriteAsync(async (db, token) =>
        {
            var ids = notices.Select(n => n.Id).ToList();
            var known = await db.Notices.AsNoTracking().Where(n => ids.Contains(n.Id)).Select(n => n.Id).ToListAsync(token);
            raised = [.. notices.Where(n => !known.Contains(n.Id)).DistinctBy(n => n.Id)];
            db.Notices.AddRange(raised.Select(NoticeRow.From));
            return raised.Count == 0 ? null : auditRecord;
        }, ct);
        return raised;
    }

    public async Task<IReadOnlyList<Notice>> UnreadAsync(string recipient, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        var rows = await db.Notices.AsNoTracking().Where(n => n.Recipient == recipient && n.ReadAt == null).OrderByDescending(n => n.CreatedAt).Take(100).ToListAsync(ct);
        return rows.ConvertAll(r => r.ToNotice());
    }

    public async Task<IReadOnlyList<Notice>> AboutAsync(string subject, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        var rows = await db.Notices.AsNoTracking().Where(n => n.Subject == subject).OrderBy(n => n.CreatedAt).ToListAsync(ct);
        return rows.ConvertAll(r => r.ToNotice());
    }

    public async Task<bool> DismissAsync(string id, string recipient, CancellationToken ct)
    {
        var now = StoredTime.ToColumn(clock.GetUtcNow());
        await using var db = await database.OpenAsync(ct);
        await db.Notices.Where(n => n.Id == id && n.Recipient == recipient && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
        return await db.Notices.AnyAsync(n => n.Id == id && n.Recipient == recipient, ct);
    }
}
