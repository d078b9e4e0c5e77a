namespace Eligibility.Core.Manuals;

/// <summary>One stored version of a policy manual.</summary>
public sealed record ManualVersion(
    string ManualId,
    string Version,
    string Title,
    DateOnly EffectiveDate,
    VersionStatus Status,
    string ContentHash,
    string SourceFile,
    string SourceSha256,
    int PageCount,
    int PassageCount,
    DateTimeOffset IngestedAt,
    DateTimeOffset? PublishedAt,
    IReadOnlyList<string> Warnings)
{
    public ManualVersionKey Key => new(ManualId, Version);
}
