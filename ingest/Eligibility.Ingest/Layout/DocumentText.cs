using Eligibility.Core.Passages;

namespace Eligibility.Ingest.Layout;

/// <summary>A document as cleaned page texts and blocks in reading order.</summary>
public sealed record DocumentText(IReadOnlyList<PageText> Pages, IReadOnlyList<Block> Blocks, double BodyFontSize)
{
    /// <summary>
    /// The document's outline named its headings (see Structure.OutlineHeadings): a line set in bold or a larger
    /// font that the outline does not name, and that carries no numbering, is body text.
    /// </summary>
    public bool HeadingsFromOutline { get; init; }
}
