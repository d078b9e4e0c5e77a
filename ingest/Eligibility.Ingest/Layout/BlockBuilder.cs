using System.Text;
using System.Text.RegularExpressions;
using Eligibility.Core.Passages;

namespace Eligibility.Ingest.Layout;

/// <summary>
/// Joins ordered lines into the page texts and into blocks (paragraphs, tables, footnotes). A new block
/// starts at a change of weight, size or table, a larger line gap, an indent, or a marker like "(b)" after a
/// short line. When in doubt lines stay together: a merged paragraph is harmless, a split one is not.
/// </summary>
internal static partial class BlockBuilder
{
    [GeneratedRegex(@"^(\((?:[a-z]{1,3}|\d{1,3}|[ivxlIVXL]{1,6}|[A-Z])\)|\[|§|•|▪|-\s|\d{1,3}\.\s|[A-Z]\.\s)")]
    private static partial Regex Marker();

    public static (List<PageText> Pages, List<Block> Blocks) Build(IReadOnlyList<(int Page, bool FromOcr, List<Line> Lines)> pages, double bodySize)
    {
        var pageTexts = new List<PageText>(pages.Count);
        var ordered = new List<(Line Line, TextSpan Span)>();
        foreach (var (page, fromOcr, lines) in pages)
        {
            var text = new StringBuilder();
            foreach (var line in lines.Where(l => !l.IsFootnote).Concat(lines.Where(l => l.IsFootnote)))
            {
                var start = text.Length;
                text.Append(line.Text);
                ordered.Add((line, new TextSpan(page, start, text.Length, Round(line.Left), Round(line.Top), Round(line.Right), Round(line.Bottom))));
                text.Append('\n');
            }

            pageTexts.Add(new PageText(page, text.ToString(), fromOcr));
        }

        var blocks = new List<Block>();
        var notes = new List<Block>();
        var current = new List<(Line Line, TextSpan Span)>();
        var currentNote = new List<(Line Line, TextSpan Span)>();
        foreach (var item in ordered)
        {
            if (item.Line.IsFootnote)
            {
                if (currentNote.Count > 0 && (currentNote[^1].Line.Page != item.Line.Page || item.Line.Top - currentNote[^1].Line.Bottom > item.Line.Height))
                {
                    notes.Add(ToBlock(currentNote, BlockKind.Footnote));
                    currentNote.Clear();
                }

                currentNote.Add(item);
                continue;
            }

            if (current.Count > 0 && StartsNew(current, item.Line, bodySize))
            {
                blocks.Add(ToBlock(current, current[0].Line.InTable ? BlockKind.Table : BlockKind.Paragraph));
                current.Clear();
            }

            // Footnotes are held back until the paragraph they interrupt is over, then placed before the next heading.
            if (current.Count == 0 && item.Line.Bold && (notes.Count > 0 || currentNote.Count > 0))
            {
                FlushNotes();
            }

            current.Add(item);
        }

        if (current.Count > 0)
        {
            blocks.Add(ToBlock(current, current[0].Line.InTable ? BlockKind.Table : BlockKind.Paragraph));
        }

        FlushNotes();
        return (pageTexts, blocks);

        void FlushNotes()
        {
            if (currentNote.Count > 0)
            {
                notes.Add(ToBlock(currentNote, BlockKind.Footnote));
                currentNote.Clear();
            }

            blocks.AddRange(notes);
            notes.Clear();
        }
    }

    private static bool StartsNew(List<(Line Line, TextSpan Span)> block, Line line, double bodySize)
    {
        var prev = block[^1].Line;
        if (prev.InTable != line.InTable)
        {
            return true;
        }

        if (line.InTable)
        {
            return prev.Page != line.Page;
        }

        if (prev.Bold != line.Bold || Math.Abs(prev.FontSize - line.FontSize) > Math.Max(prev.FontSize, line.FontSize) * 0.15)
        {
            return true;
        }

        var sameFlow = prev.Page == line.Page && prev.Column == line.Column && line.Top > prev.Top;
        if (!sameFlow)
        {
            return prev.IsShort(bodySize);
        }

        if (line.Top - prev.Top > Math.Max(prev.Height, line.Height) * 1.4)
        {
            return true;
        }

        if (line.Bold)
        {
            return false; // a heading wrapped over lines, possibly centred
        }

        var indent = line.Left - prev.Left;
        if (indent > bodySize * 0.8 || (indent < -bodySize * 0.8 && block.Count > 1))
        {
            return true;
        }

        return prev.IsShort(bodySize) && Marker().IsMatch(line.Text);
    }

    private static Block ToBlock(List<(Line Line, TextSpan Span)> lines, BlockKind kind)
    {
        var text = new StringBuilder();
        var offsets = new List<int>(lines.Count);
        foreach (var (line, _) in lines)
        {
            if (text.Length > 0)
            {
                var joinTight = kind != BlockKind.Table && text[^1] == '-' && text.Length > 1 && char.IsLetter(text[^2]) && line.Text.Length > 0 && char.IsLetter(line.Text[0]);
                if (kind == BlockKind.Table)
                {
                    text.Append('\n');
                }
                else if (!joinTight)
                {
                    text.Append(' ');
                }
            }

            offsets.Add(text.Length);
            text.Append(line.Text);
        }

        return new Block(kind, text.ToString(), lines.Select(l => l.Span).ToList())
        {
            LineOffsets = offsets,
            Bold = lines.All(l => l.Line.Bold),
            FontSize = lines.Max(l => l.Line.FontSize),
            FromOcr = lines.Any(l => l.Line.FromOcr),
        };
    }

    private static double Round(double v) => Math.Round(v, 1);
}
