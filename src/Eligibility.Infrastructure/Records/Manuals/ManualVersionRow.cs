using System.Text.Json;
using Eligibility.Core.Manuals;

namespace Eligibility.Infrastructure.Records.Manuals;

/// <summary>A manual version as stored; its status moves staged → published → withdrawn (and back), never deleted.</summary>
internal sealed class ManualVersionRow
{
    public string ManualId { get; set; } = "";
    public string Version { get; set; } = "";
    public string Title { get; set; } = "";
    public DateOnly EffectiveDate { get; set; }
    public string Status { get; set; } = nameof(VersionStatus.Staged);
    public string ContentHash { get; set; } = "";
    public string SourceFile { get; set; } = "";
    public string SourceSha256 { get; set; } = "";
    public int PageCount { get; set; }
    public int PassageCount { get; set; }
    public DateTime IngestedAt { get; set; }
    public DateTime? PublishedAt { get; set; }
    public string Warnings { get; set; } = "[]";

    public static ManualVersionRow From(ManualVersion version) => new()
    {
        ManualId = version.ManualId,
        Version = version.Version,
        Title = version.Title,
        EffectiveDate = version.EffectiveDate,
        Status = version.Status.ToString(),
        ContentHash = version.ContentHash,
        SourceFile = version.SourceFile,
        SourceSha256 = version.SourceSha256,
        PageCount = version.PageCount,
        PassageCount = version.PassageCount,
        IngestedAt = StoredTime.ToColumn(version.IngestedAt),
        PublishedAt = version.PublishedAt is { } at ? StoredTime.ToColumn(at) : null,
        Warnings = JsonSerializer.Serialize(version.Warnings),
    };

    public ManualVersion ToVersion() => new(
        ManualId, Version, Title, EffectiveDate, Enum.Parse<VersionStatus>(Status), ContentHash, SourceFile, SourceSha256, PageCount, PassageCount,
        StoredTime.FromColumn(IngestedAt), PublishedAt is { } at ? StoredTime.FromColumn(at) : null,
        JsonSerializer.Deserialize<List<string>>(Warnings) ?? []);
}
