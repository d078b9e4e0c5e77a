using Eligibility.Ingest.Layout;

namespace Eligibility.Ingest.Reading;

/// <summary>What a reader hands on: either positioned pages (PDF) or logical blocks (HTML, Markdown, text).</summary>
public sealed record ExtractedDocument(
    string File,
    string? Title,
    IReadOnlyList<PageLayout> Pages,
    IReadOnlyList<Block>? Blocks,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The PDF's outline (bookmarks), when it has one: a structure signal for headings.</summary>
    public IReadOnlyList<OutlineEntry> Outline { get; init; } = [];
}
