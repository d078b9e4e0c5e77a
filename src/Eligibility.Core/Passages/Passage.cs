using Eligibility.Core.Manuals;

namespace Eligibility.Core.Passages;

/// <summary>
/// A cited unit of policy text. It always knows its manual, version, effective date, section path,
/// pages, and where its text sits in the page text (offsets) and on the page (regions).
/// </summary>
public sealed record Passage
{
    public required string Id { get; init; }
    public required string ManualId { get; init; }
    public required string Version { get; init; }
    public required string ManualTitle { get; init; }
    public required DateOnly EffectiveDate { get; init; }
    public required int Ordinal { get; init; }
    public required SectionPath SectionPath { get; init; }
    /// <summary>The section's number as printed ("435.912", "3.4"), when it has one.</summary>
    public string? SectionNumber { get; init; }
    public required int PageStart { get; init; }
    public required int PageEnd { get; init; }
    /// <summary>Offset of the first character in the text of <see cref="PageStart"/>.</summary>
    public required int StartOffset { get; init; }
    /// <summary>Offset just past the last character in the text of <see cref="PageEnd"/>.</summary>
    public required int EndOffset { get; init; }
    public required string Text { get; init; }
    /// <summary>Manual title, section path and effective date; indexed, never displayed as passage text.</summary>
    public required string ContextHeader { get; init; }
    public required string ContentHash { get; init; }
    /// <summary>The passage's size in tokens, counted at ingestion with the configured encoding (see <see cref="TokenCounter"/>); versions ingested before counting used characters ÷ 4.</summary>
    public required int TokenEstimate { get; init; }
    public bool ContainsTable { get; init; }
    public bool FromOcr { get; init; }
    public IReadOnlyList<PageRegion> Regions { get; init; } = [];

    public ManualVersionKey VersionKey => new(ManualId, Version);

    public static string MakeId(ManualVersionKey key, int ordinal) => $"{IdPrefix(key)}{ordinal:D4}";

    /// <summary>What every passage id of a version starts with ("42-cfr-433@2020-11-02#").</summary>
    public static string IdPrefix(ManualVersionKey key) => $"{key.ManualId}@{key.Version}#";
}
