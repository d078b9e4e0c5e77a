namespace Eligibility.Ingest.Layout;

public enum BlockKind
{
    Paragraph,
    /// <summary>A heading given explicitly by the source format (HTML h1–h6, Markdown #).</summary>
    Heading,
    Table,
    Footnote,
}

/// <summary>Where one line of a block sits: its character range in the page text and its box on the page.</summary>
public sealed record TextSpan(int Page, int Start, int End, double Left, double Top, double Right, double Bottom);

/// <summary>A paragraph, heading, table or footnote in reading order, with the spans it came from.</summary>
public sealed record Block(BlockKind Kind, string Text, IReadOnlyList<TextSpan> Spans)
{
    /// <summary>Outline level for explicit headings (1 = outermost).</summary>
    public int? Level { get; init; }

    /// <summary>Every line of the block is set in a bold face.</summary>
    public bool Bold { get; init; }

    public double FontSize { get; init; }

    public bool FromOcr { get; init; }

    /// <summary>Where each span's line starts in <see cref="Text"/>; aligned with <see cref="Spans"/>.</summary>
    public IReadOnlyList<int> LineOffsets { get; init; } = [];

    /// <summary>Maps a character offset in <see cref="Text"/> to its page and offset in that page's text.</summary>
    public (int Page, int Offset) Locate(int offset)
    {
        if (Spans.Count == 0)
        {
            return (1, 0);
        }

        var i = Spans.Count - 1;
        while (i > 0 && LineOffsets[i] > offset)
        {
            i--;
        }

        var span = Spans[i];
        return (span.Page, Math.Clamp(span.Start + (offset - LineOffsets[i]), span.Start, span.End));
    }

    public int FirstPage => Spans.Count == 0 ? 1 : Spans[0].Page;

    public int LastPage => Spans.Count == 0 ? 1 : Spans[^1].Page;
}
