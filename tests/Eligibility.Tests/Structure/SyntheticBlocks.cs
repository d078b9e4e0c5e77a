using Eligibility.Ingest.Layout;

namespace Eligibility.Tests.Structure;

/// <summary>Blocks as the layout analyser would hand them over: bold one-line headings and 10 pt body paragraphs.</summary>
internal static class SyntheticBlocks
{
    public const double BodySize = 10;

    public static Block Bold(string text) => new(BlockKind.Paragraph, text, []) { Bold = true, FontSize = BodySize };

    public static Block Body(string text) => new(BlockKind.Paragraph, text, []) { FontSize = BodySize };

    public static DocumentText Document(params Block[] blocks) => new([], blocks, BodySize);
}
