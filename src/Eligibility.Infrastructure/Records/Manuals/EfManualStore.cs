using System.Collections.Concurrent;
using Eligibility.Core.Manuals;
using Eligibility.Core.Passages;
using Microsoft.EntityFrameworkCore;

namespace Eligibility.Infrastructure.Records.Manuals;

/// <summary>
/// Manual versions, pages, passages and original files in the database. Staging, publishing and rolling back
/// each commit with their audit entry in one transaction.
/// </summary>
internal sealed class EfManualStore(RecordsDatabase database, EfAuditLog audit, TimeProvider clock) : IManualStore
{
    // Passages never change once stored (a new text is a new version), so recently read ones are kept.
    private const int RecentLimit = 20_000;
    private readonly ConcurrentDictionary<string, Passage> _recent = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<ManualVersion>> ListVersionsAsync(string? manualId, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        var rows = await db.ManualVersions.AsNoTracking().Where(v => manualId == null || v.ManualId == manualId)
            .OrderBy(v => v.ManualId).ThenBy(v => v.EffectiveDate).ThenBy(v => v.Version).ToListAsync(ct);
        return rows.ConvertAll(r => r.ToVersion());
    }

    public async Task<ManualVersion?> FindVersionAsync(ManualVersionKey key, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        return (await FindRowAsync(db, key, ct))?.ToVersion();
    }

    public async Task StageAsync(ManualVersion version, IReadOnlyList<PageText> pages, IReadOnlyList<Passage> passages, ManualSource source, string actor, CancellationToken ct)
    {
        var staged = version with { Status = VersionStatus.Staged, PageCount = pages.Count, PassageCount = passages.Count, PublishedAt = null };
        await audit.WriteAsync(async (db, token) =>
        {
            if (await db.ManualVersions.AsNoTracking().FirstOrDefaultAsync(v => v.ManualId == version.ManualId && v.Version == version.Version, token) is { } existing)
            {
                if (existing.Status != nameof(VersionStatus.Staged))
                {
                    throw new InvalidOperationException($"version {version.Key} is already {existing.Status.ToLowerInvariant()}; ingest changed content under a new version label");
                }

                // Staged again with new content: the earlier staging (pages, passages, file) goes with its row.
                await db.ManualVersions.Where(v => v.ManualId == version.ManualId && v.Version == version.Version).ExecuteDeleteAsync(token);
            }

            db.ManualVersions.Add(ManualVersionRow.From(staged));
            db.Sources.Add(new SourceRow { ManualId = version.ManualId, Version = version.Version, FileName = source.FileName, Content = source.Content });
            await db.SaveChangesAsync(token);

            // Pages and passages (hundreds to thousands of rows) with one prepared statement each: change tracking
            // them was most of a staging's time, held under the database's one writer lock.
            await RowBulkInsert.RunAsync(db, [.. pages.Select(p => PageRow.From(version.Key, p))], token);
            await RowBulkInsert.RunAsync(db, [.. passages.Select(PassageRow.From)], token);
            return ManualAudit.OfStaging(actor, staged);
        }, ct);
    }

    public async Task<ManualVersion> PublishAsync(ManualVersionKey key, string actor, CancellationToken ct)
    {
        ManualVersion? published = null;
        await audit.WriteAsync(async (db, token) =>
        {
            var row = await FindRowAsync(db, key, token) ?? throw new KeyNotFoundException($"no version {key}; run 'list' to see the versions");
            if (row.Status == nameof(VersionStatus.Published))
            {
                published = row.ToVersion();
                return null;
            }

            row.Status = nameof(VersionStatus.Published);
            row.PublishedAt = StoredTime.ToColumn(clock.GetUtcNow());
            published = row.ToVersion();
            await NotifyAsync(db, key, token);
            return ManualAudit.OfPublishing(actor, published);
        }, ct);
        return published!;
    }

    public async Task<RollbackResult> RollbackAsync(string manualId, string actor, CancellationToken ct)
    {
        // The version a caseworker gets today is the one to take back; failing that (all published versions
        // take effect in the future), the most recently published one.
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        RollbackResult? result = null;
        await audit.WriteAsync(async (db, token) =>
        {
            var published = await db.ManualVersions.Where(v => v.ManualId == manualId && v.Status == nameof(VersionStatus.Published)).ToListAsync(token);
            var target = InEffect(published, today) ?? published.MaxBy(v => v.PublishedAt)
                ?? throw new KeyNotFoundException($"manual '{manualId}' has no published version to roll back");
            target.Status = nameof(VersionStatus.Withdrawn);
            var nowInEffect = InEffect(published.Where(v => v != target), today)?.ToVersion();
            result = new RollbackResult(target.ToVersion(), nowInEffect);
            await NotifyAsync(db, result.Withdrawn.Key, token);
            return ManualAudit.OfWithdrawal(actor, result.Withdrawn, nowInEffect);
        }, ct);
        return result!;
    }

    public async Task<IReadOnlyList<ManualVersion>> VersionsInEffectAsync(DateOnly asOf, IReadOnlyCollection<string>? manualIds, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        var published = await db.ManualVersions.AsNoTracking()
            .Where(v => v.Status == nameof(VersionStatus.Published) && v.EffectiveDate <= asOf).ToListAsync(ct);
        return published.GroupBy(v => v.ManualId)
            .Where(g => manualIds is null || manualIds.Count == 0 || manualIds.Contains(g.Key, StringComparer.OrdinalIgnoreCase))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => InEffect(g, asOf)!.ToVersion())
            .ToList();
    }

    public async Task<IReadOnlyList<Passage>> GetPassagesAsync(ManualVersionKey key, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        var version = await FindRowAsync(db, key, ct);
        if (version is null)
        {
            return [];
        }

        var rows = await db.Passages.AsNoTracking().Where(p => p.ManualId == key.ManualId && p.Version == key.Version).OrderBy(p => p.Ordinal).ToListAsync(ct);
        return rows.ConvertAll(r => r.ToPassage(version.Title, version.EffectiveDate));
    }

    public async Task<IReadOnlyList<Passage>> GetPassagesAsync(IReadOnlyCollection<string> passageIds, CancellationToken ct)
    {
        var missing = passageIds.Where(id => !_recent.ContainsKey(id)).Distinct().ToList();
        var loaded = new Dictionary<string, Passage>(StringComparer.Ordinal);
        if (missing.Count > 0)
        {
            await using var db = await database.OpenAsync(ct);
            var rows = await (from p in db.Passages.AsNoTracking()
                              join v in db.ManualVersions.AsNoTracking() on new { p.ManualId, p.Version } equals new { v.ManualId, v.Version }
                              where missing.Contains(p.Id)
                              select new { Passage = p, v.Title, v.EffectiveDate }).ToListAsync(ct);
            foreach (var row in rows)
            {
                var passage = row.Passage.ToPassage(row.Title, row.EffectiveDate);
                loaded[passage.Id] = passage;
                if (_recent.Count < RecentLimit)
                {
                    _recent.TryAdd(passage.Id, passage);
                }
            }
        }

        var found = new List<Passage>(passageIds.Count);
        foreach (var id in passageIds)
        {
            if (_recent.TryGetValue(id, out var p) || loaded.TryGetValue(id, out p))
            {
                found.Add(p);
            }
        }

        return found;
    }

    public async Task<PageText?> GetPageAsync(ManualVersionKey key, int page, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        var row = await db.Pages.AsNoTracking().FirstOrDefaultAsync(p => p.ManualId == key.ManualId && p.Version == key.Version && p.Page == page, ct);
        return row?.ToPage();
    }

    public async Task<ManualSource?> GetSourceAsync(ManualVersionKey key, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        var row = await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.ManualId == key.ManualId && s.Version == key.Version, ct);
        return row is null ? null : new ManualSource(row.FileName, row.Content);
    }

    private static Task<ManualVersionRow?> FindRowAsync(RecordsDbContext db, ManualVersionKey key, CancellationToken ct) =>
        db.ManualVersions.FirstOrDefaultAsync(v => v.ManualId == key.ManualId && v.Version == key.Version, ct);

    /// <summary>Of published versions, the one in effect on the date: the latest effective date on or before it, then the latest published.</summary>
    private static ManualVersionRow? InEffect(IEnumerable<ManualVersionRow> published, DateOnly asOf) =>
        published.Where(v => v.EffectiveDate <= asOf).OrderByDescending(v => v.EffectiveDate).ThenByDescending(v => v.PublishedAt).FirstOrDefault();

    /// <summary>
    /// On PostgreSQL, tells every instance listening on <c>eligibility_catalogue</c> that what is in effect changed;
    /// sent inside the change's transaction, so it is delivered on commit and never for a change rolled back.
    /// </summary>
    private static async Task NotifyAsync(RecordsDbContext db, ManualVersionKey key, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify('eligibility_catalogue', {key.ToString()})", ct);
        }
    }
}
