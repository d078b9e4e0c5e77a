using Eligibility.Core.Audit;
using Eligibility.Core.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Eligibility.Infrastructure.Records.Publishing;

/// <summary>Uploads and their jobs in the records database, shared by every server instance.</summary>
internal sealed class EfUploadStore(RecordsDatabase database, EfAuditLog audit, TimeProvider clock) : IUploadStore
{
    public async Task AddAsync(Upload upload, byte[] content, AuditRecord auditRecord, CancellationToken ct) =>
        await audit.WriteAsync((db, _) =>
        {
            db.Uploads.Add(UploadRow.From(upload));
            db.UploadContents.Add(new UploadContentRow { UploadId = upload.Id, Content = content });
            return Task.FromResult<AuditRecord?>(auditRecord);
        }, ct);

    public async Task<Upload?> FindAsync(string id, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        return (await db.Uploads.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct))?.ToUpload();
    }

    public async Task<IReadOnlyList<Upload>> ListAsync(int limit, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        var rows = await db.Uploads.AsNoTracking().OrderByDescending(u => u.UploadedAt).ThenByDescending(u => u.Id).Take(limit).ToListAsync(ct);
        return rows.ConvertAll(r => r.ToUpload());
    }

    public async Task<byte[]?> ContentAsync(string id, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        return await db.UploadContents.AsNoTracking().Where(c => c.UploadId == id).Select(c => c.Content).FirstOrDefaultAsync(ct);
    }

    public async Task SetJobAsync(string id, string jobId, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        await db.Uploads.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.JobId, jobId), ct);
    }

    public async Task<UploadClaim> ClaimAsync(string id, TimeSpan lease, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var (at, stale) = (StoredTime.ToColumn(now), StoredTime.ToColumn(now - lease));
        await using var db = await database.OpenAsync(ct);
        var claimed = await db.Uploads
            .Where(u => u.Id == id && (u.Status == nameof(UploadStatus.Queued) || (u.Status == nameof(UploadStatus.Running) && u.UpdatedAt < stale)))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Status, nameof(UploadStatus.Running)).SetProperty(u => u.Stage, "starting")
                .SetProperty(u => u.Attempts, u => u.Attempts + 1).SetProperty(u => u.UpdatedAt, at), ct);
        var row = await db.Uploads.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
        var upload = row?.ToUpload();
        return new UploadClaim(
            upload is null ? UploadClaimResult.Missing : claimed == 1 ? UploadClaimResult.Claimed : upload.IsFinished ? UploadClaimResult.Finished : UploadClaimResult.Busy,
            upload);
    }

    public async Task RequeueAsync(string id, string reason, CancellationToken ct)
    {
        var now = StoredTime.ToColumn(clock.GetUtcNow());
        await using var db = await database.OpenAsync(ct);
        await db.Uploads.Where(u => u.Id == id && u.Status == nameof(UploadStatus.Running))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Status, nameof(UploadStatus.Queued)).SetProperty(u => u.Stage, "waiting to retry")
                .SetProperty(u => u.Error, reason).SetProperty(u => u.UpdatedAt, now), ct);
    }

    public async Task<IReadOnlyList<Upload>> UnfinishedAsync(CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        var rows = await db.Uploads.AsNoTracking()
            .Where(u => u.Status == nameof(UploadStatus.Queued) || u.Status == nameof(UploadStatus.Running)).OrderBy(u => u.UploadedAt).ToListAsync(ct);
        return rows.ConvertAll(r => r.ToUpload());
    }

    public async Task ProgressAsync(UploadProgress progress, CancellationToken ct)
    {
        var now = StoredTime.ToColumn(clock.GetUtcNow());
        await using var db = await database.OpenAsync(ct);
        await db.Uploads.Where(u => u.Id == progress.UploadId && u.Status == nameof(UploadStatus.Running))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Stage, progress.Stage).SetProperty(u => u.Pages, progress.Pages)
                .SetProperty(u => u.Passages, progress.Passages).SetProperty(u => u.UpdatedAt, now), ct);
    }

    public async Task<Upload> FinishAsync(string id, UploadStatus status, int pages, int passages, IReadOnlyList<string> warnings, string? error, AuditRecord auditRecord, CancellationToken ct)
    {
        UploadRow? finished = null;
        await audit.WriteAsync(async (db, token) =>
        {
            finished = await db.Uploads.FirstOrDefaultAsync(u => u.Id == id, token) ?? throw new KeyNotFoundException($"no upload {id}");
            finished.Status = status.ToString();
            finished.Stage = status.ToString().ToLowerInvariant();
            finished.Pages = pages;
            finished.Passages = passages;
            finished.Warnings = System.Text.Json.JsonSerializer.Serialize(warnings);
            finished.Error = error;
            finished.UpdatedAt = StoredTime.ToColumn(clock.GetUtcNow());
            return auditRecord;
        }, ct);
        return finished!.ToUpload();
    }
}
