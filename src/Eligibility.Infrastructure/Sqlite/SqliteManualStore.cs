using System.Text.Json;
using Eligibility.Core.Manuals;
using Eligibility.Core.Passages;
using Microsoft.Data.Sqlite;

namespace Eligibility.Infrastructure.Sqlite;

/// <summary>Manual versions, pages and passages in the embedded SQLite file; staging is one transaction.</summary>
public sealed class SqliteManualStore(SqliteDatabase database, TimeProvider clock) : IManualStore
{
    public async Task<IReadOnlyList<ManualVersion>> ListVersionsAsync(string? manualId, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {PassageRows.VersionColumns} FROM manual_versions WHERE ($m IS NULL OR manual_id = $m) ORDER BY manual_id, effective_date, version";
        command.Parameters.AddWithValue("$m", (object?)manualId ?? DBNull.Value);
        return await ReadVersionsAsync(command, ct);
    }

    public async Task<ManualVersion?> FindVersionAsync(ManualVersionKey key, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        return await FindAsync(connection, null, key, ct);
    }

    public async Task StageAsync(ManualVersion version, IReadOnlyList<PageText> pages, IReadOnlyList<Passage> passages, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        var existing = await FindAsync(connection, tx, version.Key, ct);
        if (existing is not null && existing.Status != VersionStatus.Staged)
        {
            throw new InvalidOperationException($"version {version.Key} is already {existing.Status.ToString().ToLowerInvariant()}; ingest changed content under a new version label");
        }

        await Execute(connection, tx, "DELETE FROM manual_versions WHERE manual_id = $m AND version = $v", ct, ("$m", version.ManualId), ("$v", version.Version));
        await Execute(connection, tx,
            $"INSERT INTO manual_versions ({PassageRows.VersionColumns}) VALUES ($m, $v, $title, $eff, $status, $hash, $file, $sha, $pages, $passages, $at, NULL, $warnings)", ct,
            ("$m", version.ManualId), ("$v", version.Version), ("$title", version.Title), ("$eff", PassageRows.Date(version.EffectiveDate)),
            ("$status", nameof(VersionStatus.Staged)), ("$hash", version.ContentHash), ("$file", version.SourceFile), ("$sha", version.SourceSha256),
            ("$pages", pages.Count), ("$passages", passages.Count), ("$at", PassageRows.Time(version.IngestedAt)),
            ("$warnings", JsonSerializer.Serialize(version.Warnings)));

        await InsertPagesAsync(connection, tx, version.Key, pages, ct);
        await InsertPassagesAsync(connection, tx, passages, ct);
        await tx.CommitAsync(ct);
    }

    public async Task<ManualVersion> PublishAsync(ManualVersionKey key, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        var version = await FindAsync(connection, tx, key, ct) ?? throw new KeyNotFoundException($"no version {key}; run 'list' to see the versions");
        if (version.Status == VersionStatus.Published)
        {
            return version;
        }

        var now = clock.GetUtcNow();
        await Execute(connection, tx, "UPDATE manual_versions SET status = $s, published_at = $at WHERE manual_id = $m AND version = $v", ct,
            ("$s", nameof(VersionStatus.Published)), ("$at", PassageRows.Time(now)), ("$m", key.ManualId), ("$v", key.Version));
        await tx.CommitAsync(ct);
        return version with { Status = VersionStatus.Published, PublishedAt = now };
    }

    public async Task<RollbackResult> RollbackAsync(string manualId, CancellationToken ct)
    {
        // The version a caseworker gets today is the one to take back; failing that (all published versions
        // take effect in the future), the most recently published one.
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var target = (await VersionsInEffectAsync(today, [manualId], ct)).SingleOrDefault()
            ?? (await ListVersionsAsync(manualId, ct)).Where(v => v.Status == VersionStatus.Published).MaxBy(v => v.PublishedAt)
            ?? throw new KeyNotFoundException($"manual '{manualId}' has no published version to roll back");

        await using (var connection = await database.OpenAsync(ct))
        {
            await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
            await Execute(connection, tx, "UPDATE manual_versions SET status = 'Withdrawn' WHERE manual_id = $m AND version = $v AND status = 'Published'", ct, ("$m", manualId), ("$v", target.Version));
            await tx.CommitAsync(ct);
        }

        var now = (await VersionsInEffectAsync(today, [manualId], ct)).SingleOrDefault();
        return new RollbackResult(target with { Status = VersionStatus.Withdrawn }, now);
    }

    public async Task<IReadOnlyList<ManualVersion>> VersionsInEffectAsync(DateOnly asOf, IReadOnlyCollection<string>? manualIds, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {PassageRows.VersionColumns} FROM manual_versions WHERE status = 'Published' AND effective_date <= $d ORDER BY manual_id, effective_date DESC, published_at DESC";
        command.Parameters.AddWithValue("$d", PassageRows.Date(asOf));
        var all = await ReadVersionsAsync(command, ct);
        return all.GroupBy(v => v.ManualId)
            .Where(g => manualIds is null || manualIds.Count == 0 || manualIds.Contains(g.Key, StringComparer.OrdinalIgnoreCase))
            .Select(g => g.First())
            .ToList();
    }

    public async Task<IReadOnlyList<Passage>> GetPassagesAsync(ManualVersionKey key, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {PassageColumnsFrom} WHERE p.manual_id = $m AND p.version = $v ORDER BY p.ordinal";
        command.Parameters.AddWithValue("$m", key.ManualId);
        command.Parameters.AddWithValue("$v", key.Version);
        return await ReadPassagesAsync(command, ct);
    }

    public async Task<IReadOnlyList<Passage>> GetPassagesAsync(IReadOnlyCollection<string> passageIds, CancellationToken ct)
    {
        // Passages never change once stored (a new text is a new version), so recently read ones are kept.
        var missing = passageIds.Where(id => !_recent.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            await using var connection = await database.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {PassageColumnsFrom} WHERE p.id IN (SELECT value FROM json_each($ids))";
            command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(missing));
            foreach (var passage in await ReadPassagesAsync(command, ct))
            {
                if (_recent.Count < RecentLimit)
                {
                    _recent.TryAdd(passage.Id, passage);
                }
                else
                {
                    _overflow[passage.Id] = passage;
                }
            }
        }

        var found = new List<Passage>(passageIds.Count);
        foreach (var id in passageIds)
        {
            if (_recent.TryGetValue(id, out var p) || _overflow.TryRemove(id, out p))
            {
                found.Add(p);
            }
        }

        return found;
    }

    private const int RecentLimit = 20_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Passage> _recent = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Passage> _overflow = new(StringComparer.Ordinal);

    public async Task<PageText?> GetPageAsync(ManualVersionKey key, int page, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT page, text, from_ocr FROM pages WHERE manual_id = $m AND version = $v AND page = $p";
        command.Parameters.AddWithValue("$m", key.ManualId);
        command.Parameters.AddWithValue("$v", key.Version);
        command.Parameters.AddWithValue("$p", page);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new PageText(reader.GetInt32(0), reader.GetString(1), reader.GetInt32(2) != 0) : null;
    }

    public async Task SaveSourceAsync(ManualVersionKey key, string fileName, byte[] content, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        await Execute(connection, tx, "INSERT OR REPLACE INTO sources (manual_id, version, file_name, content) VALUES ($m, $v, $f, $c)", ct,
            ("$m", key.ManualId), ("$v", key.Version), ("$f", fileName), ("$c", content));
        await tx.CommitAsync(ct);
    }

    public async Task<(string FileName, byte[] Content)?> GetSourceAsync(ManualVersionKey key, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT file_name, content FROM sources WHERE manual_id = $m AND version = $v";
        command.Parameters.AddWithValue("$m", key.ManualId);
        command.Parameters.AddWithValue("$v", key.Version);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (reader.GetString(0), (byte[])reader.GetValue(1)) : null;
    }

    private const string PassageColumnsFrom = PassageRows.PassageColumns + " FROM passages p JOIN manual_versions v ON v.manual_id = p.manual_id AND v.version = p.version";

    private static async Task<ManualVersion?> FindAsync(SqliteConnection connection, SqliteTransaction? tx, ManualVersionKey key, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"SELECT {PassageRows.VersionColumns} FROM manual_versions WHERE manual_id = $m AND version = $v";
        command.Parameters.AddWithValue("$m", key.ManualId);
        command.Parameters.AddWithValue("$v", key.Version);
        return (await ReadVersionsAsync(command, ct)).SingleOrDefault();
    }

    private static async Task InsertPagesAsync(SqliteConnection connection, SqliteTransaction tx, ManualVersionKey key, IReadOnlyList<PageText> pages, CancellationToken ct)
    {
        await using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = "INSERT INTO pages (manual_id, version, page, text, from_ocr) VALUES ($m, $v, $p, $t, $o)";
        var (m, v, p, t, o) = (insert.Parameters.Add("$m", SqliteType.Text), insert.Parameters.Add("$v", SqliteType.Text), insert.Parameters.Add("$p", SqliteType.Integer), insert.Parameters.Add("$t", SqliteType.Text), insert.Parameters.Add("$o", SqliteType.Integer));
        foreach (var page in pages)
        {
            (m.Value, v.Value, p.Value, t.Value, o.Value) = (key.ManualId, key.Version, page.Page, page.Text, page.FromOcr ? 1 : 0);
            await insert.ExecuteNonQueryAsync(ct);
        }
    }

    private static async Task InsertPassagesAsync(SqliteConnection connection, SqliteTransaction tx, IReadOnlyList<Passage> passages, CancellationToken ct)
    {
        await using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = """
            INSERT INTO passages (id, manual_id, version, ordinal, section_path, section_number, page_start, page_end, start_offset, end_offset,
                                  text, context_header, content_hash, token_estimate, contains_table, from_ocr, regions)
            VALUES ($id, $m, $v, $ord, $path, $num, $ps, $pe, $so, $eo, $text, $hdr, $hash, $tok, $tbl, $ocr, $reg)
            """;
        string[] names = ["$id", "$m", "$v", "$ord", "$path", "$num", "$ps", "$pe", "$so", "$eo", "$text", "$hdr", "$hash", "$tok", "$tbl", "$ocr", "$reg"];
        var parameters = names.Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToArray();
        foreach (var p in passages)
        {
            object?[] values = [p.Id, p.ManualId, p.Version, p.Ordinal, p.SectionPath.ToString(), (object?)p.SectionNumber ?? DBNull.Value, p.PageStart, p.PageEnd,
                p.StartOffset, p.EndOffset, p.Text, p.ContextHeader, p.ContentHash, p.TokenEstimate, p.ContainsTable ? 1 : 0, p.FromOcr ? 1 : 0, JsonSerializer.Serialize(p.Regions)];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i];
            }

            await insert.ExecuteNonQueryAsync(ct);
        }
    }

    private static async Task Execute(SqliteConnection connection, SqliteTransaction tx, string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<List<ManualVersion>> ReadVersionsAsync(SqliteCommand command, CancellationToken ct)
    {
        var list = new List<ManualVersion>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            list.Add(PassageRows.ReadVersion(reader));
        }

        return list;
    }

    private static async Task<List<Passage>> ReadPassagesAsync(SqliteCommand command, CancellationToken ct)
    {
        var list = new List<Passage>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            list.Add(PassageRows.ReadPassage(reader));
        }

        return list;
    }
}
