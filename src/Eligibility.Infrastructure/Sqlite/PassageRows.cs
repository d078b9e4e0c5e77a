using System.Globalization;
using System.Text.Json;
using Eligibility.Core.Manuals;
using Eligibility.Core.Passages;
using Microsoft.Data.Sqlite;

namespace Eligibility.Infrastructure.Sqlite;

/// <summary>Row mapping for manual versions and passages.</summary>
internal static class PassageRows
{
    public const string VersionColumns = "manual_id, version, title, effective_date, status, content_hash, source_file, source_sha256, page_count, passage_count, ingested_at, published_at, warnings";

    public const string PassageColumns = "p.id, p.manual_id, p.version, v.title, v.effective_date, p.ordinal, p.section_path, p.section_number, p.page_start, p.page_end, p.start_offset, p.end_offset, p.text, p.context_header, p.content_hash, p.token_estimate, p.contains_table, p.from_ocr, p.regions";

    public static ManualVersion ReadVersion(SqliteDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        r.GetString(2),
        DateOnly.ParseExact(r.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum.Parse<VersionStatus>(r.GetString(4)),
        r.GetString(5),
        r.GetString(6),
        r.GetString(7),
        r.GetInt32(8),
        r.GetInt32(9),
        DateTimeOffset.Parse(r.GetString(10), CultureInfo.InvariantCulture),
        r.IsDBNull(11) ? null : DateTimeOffset.Parse(r.GetString(11), CultureInfo.InvariantCulture),
        JsonSerializer.Deserialize<List<string>>(r.GetString(12)) ?? []);

    public static Passage ReadPassage(SqliteDataReader r) => new()
    {
        Id = r.GetString(0),
        ManualId = r.GetString(1),
        Version = r.GetString(2),
        ManualTitle = r.GetString(3),
        EffectiveDate = DateOnly.ParseExact(r.GetString(4), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        Ordinal = r.GetInt32(5),
        SectionPath = SectionPath.Parse(r.GetString(6)),
        SectionNumber = r.IsDBNull(7) ? null : r.GetString(7),
        PageStart = r.GetInt32(8),
        PageEnd = r.GetInt32(9),
        StartOffset = r.GetInt32(10),
        EndOffset = r.GetInt32(11),
        Text = r.GetString(12),
        ContextHeader = r.GetString(13),
        ContentHash = r.GetString(14),
        TokenEstimate = r.GetInt32(15),
        ContainsTable = r.GetInt32(16) != 0,
        FromOcr = r.GetInt32(17) != 0,
        Regions = JsonSerializer.Deserialize<List<PageRegion>>(r.GetString(18)) ?? [],
    };

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}
