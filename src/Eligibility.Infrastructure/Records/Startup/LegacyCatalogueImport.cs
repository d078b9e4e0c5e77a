using System.Globalization;
using Eligibility.Core.Audit;
using Eligibility.Infrastructure.Records.Conversations;
using Eligibility.Infrastructure.Records.Manuals;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Eligibility.Infrastructure.Records.Startup;

/// <summary>
/// A data folder from before the one database keeps manuals, passages and conversations in a hand-written SQLite
/// file, <c>eligibility.db</c>. On the first start after the upgrade they are copied into the database in one
/// transaction, with an audit entry saying so, and the old file is renamed <c>eligibility.db.imported</c> (kept,
/// never deleted). A crash before the rename leaves the rows in the database; the next start sees them there and
/// only renames.
/// </summary>
internal static class LegacyCatalogueImport
{
    public const string FileName = "eligibility.db";
    public const string ImportedSuffix = ".imported";

    public static async Task RunAsync(RecordsDatabase database, AuditKeyRing keys, IAuditCheckpoints checkpoints, ILogger logger, CancellationToken ct)
    {
        var file = Path.Combine(database.DataDirectory, FileName);
        if (!File.Exists(file))
        {
            return;
        }

        await using (var db = database.CreateContext())
        {
            var alreadyHere = await db.ManualVersions.AnyAsync(ct) || await db.Conversations.AnyAsync(ct);
            if (!alreadyHere)
            {
                if (await ImportAsync(db, file, keys.Current, logger, ct) is { } entry)
                {
                    await checkpoints.AppendAsync(entry, ct);
                }
            }
        }

        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            if (File.Exists(file + suffix))
            {
                File.Move(file + suffix, file + ImportedSuffix + suffix, overwrite: true);
            }
        }
    }

    private static async Task<AuditEntry?> ImportAsync(RecordsDbContext db, string file, AuditKey key, ILogger logger, CancellationToken ct)
    {
        await using var legacy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        await legacy.OpenAsync(ct);
        if (!await HasTableAsync(legacy, "manual_versions", ct))
        {
            return null;
        }

        var versions = await ReadAsync(legacy, "SELECT manual_id, version, title, effective_date, status, content_hash, source_file, source_sha256, page_count, passage_count, ingested_at, published_at, warnings FROM manual_versions", r => new ManualVersionRow
        {
            ManualId = r.GetString(0), Version = r.GetString(1), Title = r.GetString(2), EffectiveDate = Date(r.GetString(3)), Status = r.GetString(4),
            ContentHash = r.GetString(5), SourceFile = r.GetString(6), SourceSha256 = r.GetString(7), PageCount = r.GetInt32(8), PassageCount = r.GetInt32(9),
            IngestedAt = Time(r.GetString(10)), PublishedAt = r.IsDBNull(11) ? null : Time(r.GetString(11)), Warnings = r.GetString(12),
        }, ct);
        var pages = await ReadAsync(legacy, "SELECT manual_id, version, page, text, from_ocr FROM pages", r => new PageRow
        {
            ManualId = r.GetString(0), Version = r.GetString(1), Page = r.GetInt32(2), Text = r.GetString(3), FromOcr = r.GetInt32(4) != 0,
        }, ct);
        var passages = await ReadAsync(legacy, "SELECT id, manual_id, version, ordinal, section_path, section_number, page_start, page_end, start_offset, end_offset, text, context_header, content_hash, token_estimate, contains_table, from_ocr, regions FROM passages", r => new PassageRow
        {
            Id = r.GetString(0), ManualId = r.GetString(1), Version = r.GetString(2), Ordinal = r.GetInt32(3), SectionPath = r.GetString(4),
            SectionNumber = r.IsDBNull(5) ? null : r.GetString(5), PageStart = r.GetInt32(6), PageEnd = r.GetInt32(7), StartOffset = r.GetInt32(8),
            EndOffset = r.GetInt32(9), Text = r.GetString(10), ContextHeader = r.GetString(11), ContentHash = r.GetString(12), TokenEstimate = r.GetInt32(13),
            ContainsTable = r.GetInt32(14) != 0, FromOcr = r.GetInt32(15) != 0, Regions = r.GetString(16),
        }, ct);
        var sources = await ReadAsync(legacy, "SELECT s.manual_id, s.version, s.file_name, s.content FROM sources s JOIN manual_versions v ON v.manual_id = s.manual_id AND v.version = s.version", r => new SourceRow
        {
            ManualId = r.GetString(0), Version = r.GetString(1), FileName = r.GetString(2), Content = (byte[])r.GetValue(3),
        }, ct);
        var vectors = await ReadAsync(legacy, "SELECT v.passage_id, p.manual_id, p.version, v.vector FROM passage_vectors v JOIN passages p ON p.id = v.passage_id", r => new PassageVectorRow
        {
            PassageId = r.GetString(0), ManualId = r.GetString(1), Version = r.GetString(2), Vector = (byte[])r.GetValue(3),
        }, ct);
        var conversations = await ReadAsync(legacy, "SELECT id, user_name, title, created_at, updated_at FROM conversations", r => new ConversationRow
        {
            Id = r.GetString(0), UserName = r.GetString(1), Title = r.GetString(2), CreatedAt = Time(r.GetString(3)), UpdatedAt = Time(r.GetString(4)),
        }, ct);
        var answers = await ReadAsync(legacy, "SELECT id, conversation_id, question, standalone_question, text, abstained, mode, model_id, as_of, citations, created_at FROM answers", r => new AnswerRow
        {
            Id = r.GetString(0), ConversationId = r.GetString(1), Question = r.GetString(2), StandaloneQuestion = r.GetString(3), Text = r.GetString(4),
            Abstained = r.GetInt32(5) != 0, Mode = r.GetString(6), ModelId = r.IsDBNull(7) ? null : r.GetString(7), AsOf = Date(r.GetString(8)),
            Citations = r.GetString(9), CreatedAt = Time(r.GetString(10)),
        }, ct);
        var feedback = await ReadAsync(legacy, "SELECT id, answer_id, user_name, kind, comment, created_at FROM answer_feedback", r => new FeedbackRow
        {
            Id = "legacy-" + r.GetInt64(0).ToString(CultureInfo.InvariantCulture), AnswerId = r.GetString(1), UserName = r.GetString(2), Kind = r.GetString(3),
            Comment = r.IsDBNull(4) ? null : r.GetString(4), CreatedAt = Time(r.GetString(5)),
        }, ct);

        await using var transaction = await AuditAppend.BeginAsync(db, ct);
        db.ManualVersions.AddRange(versions);
        db.Pages.AddRange(pages);
        db.Passages.AddRange(passages);
        db.Sources.AddRange(sources);
        db.PassageVectors.AddRange(vectors);
        db.Conversations.AddRange(conversations);
        db.Answers.AddRange(answers);
        db.Feedback.AddRange(feedback);
        var entry = await AuditAppend.AddAsync(db, new AuditRecord("system", "records-imported", FileName, new
        {
            from = file, versions = versions.Select(v => $"{v.ManualId}@{v.Version} ({v.Status.ToLowerInvariant()})"), passages = passages.Count,
            conversations = conversations.Count, answers = answers.Count, feedback = feedback.Count,
        }), key, DateTimeOffset.UtcNow, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        RecordsLog.LegacyImported(logger, file, versions.Count, passages.Count, conversations.Count);
        return entry;
    }

    private static async Task<bool> HasTableAsync(SqliteConnection connection, string table, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $t";
        command.Parameters.AddWithValue("$t", table);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) > 0;
    }

    private static async Task<List<T>> ReadAsync<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTime Time(string text) => StoredTime.ToColumn(DateTimeOffset.Parse(text, CultureInfo.InvariantCulture));
}
