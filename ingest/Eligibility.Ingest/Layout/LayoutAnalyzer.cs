using Eligibility.Ingest.Reading;

namespace Eligibility.Ingest.Layout;

/// <summary>From positioned runs to reading-ordered blocks: furniture out, columns in order, tables and footnotes marked.</summary>
public static class LayoutAnalyzer
{
    public static DocumentText Analyze(IReadOnlyList<PageLayout> pages)
    {
        var furniture = FurnitureDetector.Detect(pages);
        var bodies = pages.Select(p => (Page: p, Body: p.Runs.Where(r => !r.IsBlank && !furniture.Contains(r)).ToList())).ToList();
        var bodySize = BodyFontSize(bodies.SelectMany(b => b.Body));

        var split = bodies.Select(b => (b.Page, Notes: Footnotes(b.Page, b.Body, bodySize), b.Body)).ToList();
        foreach (var (_, notes, body) in split)
        {
            body.RemoveAll(notes.Contains);
        }

        var gutters = ColumnDetector.FindGutters(split.Select(s => (s.Page, s.Body)).ToList());
        var ordered = new List<(int, bool, List<Line>)>(pages.Count);
        foreach (var (page, notes, body) in split)
        {
            double? gutter = gutters.TryGetValue(page.Number, out var x) ? x : null;
            var lines = ReadingOrder.Arrange(page, body, gutter, bodySize);
            TableDetector.Mark(lines);
            var noteLines = ReadingOrder.Arrange(page, [.. notes], gutter, bodySize);
            noteLines.ForEach(l => l.IsFootnote = true);
            ordered.Add((page.Number, page.FromOcr, [.. lines, .. noteLines]));
        }

        var (texts, blocks) = BlockBuilder.Build(ordered, bodySize);
        return new DocumentText(texts, blocks, bodySize);
    }

    /// <summary>The size most of the text is set in, weighted by characters.</summary>
    private static double BodyFontSize(IEnumerable<TextRun> runs) =>
        runs.GroupBy(r => Math.Round(r.FontSize * 2) / 2)
            .Select(g => (Size: g.Key, Chars: g.Sum(r => r.Text.Length)))
            .DefaultIfEmpty((Size: 10, Chars: 0))
            .MaxBy(g => g.Chars).Size;

    /// <summary>Small type at the foot of the page, below all body-size text: footnotes, not body.</summary>
    private static HashSet<TextRun> Footnotes(PageLayout page, List<TextRun> body, double bodySize)
    {
        var lowestBody = body.Where(r => r.FontSize >= bodySize * 0.9).Select(r => r.Bottom).DefaultIfEmpty(0).Max();
        return body.Where(r => r.FontSize <= bodySize * 0.8 && r.Top > lowestBody && r.Top > page.Height * 0.6)
            .ToHashSet(ReferenceEqualityComparer.Instance as IEqualityComparer<TextRun>);
    }
}
