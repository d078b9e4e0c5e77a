using Eligibility.Ingest.Reading;

namespace Eligibility.Ingest.Layout;

/// <summary>
/// Puts a page's body runs into reading order: lines built from runs that share a baseline; on two-column
/// pages, the left column then the right, with full-width lines (a part heading) cutting the page into zones.
/// </summary>
internal static class ReadingOrder
{
    public const int LeftColumn = 0;
    public const int RightColumn = 1;
    public const int FullWidth = 2;

    public static List<Line> Arrange(PageLayout page, List<TextRun> body, double? gutter, double bodySize)
    {
        var lines = new List<Line>();
        if (gutter is not { } x)
        {
            lines.AddRange(BuildLines(page, FullWidth, body, bodySize));
            return lines;
        }

        var left = new List<TextRun>();
        var right = new List<TextRun>();
        var span = new List<TextRun>();
        foreach (var run in body.OrderBy(r => r.Top).ThenBy(r => r.Left))
        {
            var crosses = run.Left < x - 4 && run.Right > x + 4;
            if (crosses)
            {
                if (left.Count > 0 || right.Count > 0)
                {
                    Flush();
                }

                span.Add(run);
                continue;
            }

            if (span.Count > 0)
            {
                lines.AddRange(BuildLines(page, FullWidth, span, bodySize));
                span.Clear();
            }

            (run.Right <= x + 4 ? left : right).Add(run);
        }

        Flush();
        lines.AddRange(BuildLines(page, FullWidth, span, bodySize));
        return lines;

        void Flush()
        {
            lines.AddRange(BuildLines(page, LeftColumn, left, bodySize));
            lines.AddRange(BuildLines(page, RightColumn, right, bodySize));
            left.Clear();
            right.Clear();
        }
    }

    /// <summary>Groups runs whose vertical centres are close into lines, top to bottom.</summary>
    private static List<Line> BuildLines(PageLayout page, int column, List<TextRun> runs, double bodySize)
    {
        var groups = new List<List<TextRun>>();
        foreach (var run in runs.OrderBy(r => r.Top).ThenBy(r => r.Left))
        {
            var home = groups.Count > 0 ? groups[^1] : null;
            if (home is not null && SameLine(home, run))
            {
                home.Add(run);
            }
            else
            {
                groups.Add([run]);
            }
        }

        var lines = groups.Select(g => ToLine(page, column, g, bodySize)).ToList();
        var columnRight = lines.Count == 0 ? 0 : lines.Max(l => l.Right);
        var columnLeft = lines.Count == 0 ? 0 : lines.Select(l => l.Left).Order().ElementAt(lines.Count / 10);
        foreach (var line in lines)
        {
            line.ColumnRight = columnRight;
            line.ColumnLeft = columnLeft;
        }

        return lines;
    }

    private static bool SameLine(List<TextRun> line, TextRun run)
    {
        var main = line.MaxBy(r => r.Height)!;
        var tolerance = Math.Max(main.Height, run.Height) * 0.5;
        return Math.Abs(main.CenterY - run.CenterY) < tolerance;
    }

    private static Line ToLine(PageLayout page, int column, List<TextRun> runs, double bodySize)
    {
        runs.Sort((a, b) => a.Left.CompareTo(b.Left));
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        TextRun? previous = null;
        foreach (var run in runs)
        {
            var text = run.Text;
            if (previous is not null)
            {
                var gap = run.Left - previous.Right;
                if (gap > Math.Max(bodySize, run.FontSize) * 2.5)
                {
                    cells.Add(Clean(cell.ToString()));
                    cell.Clear();
                }
                else if (gap > run.FontSize * 0.15 && !EndsWithSpace(cell) && !char.IsWhiteSpace(text[0]))
                {
                    cell.Append(' ');
                }
            }

            cell.Append(text);
            previous = run;
        }

        cells.Add(Clean(cell.ToString()));
        return new Line(page.Number, column, runs, cells) { FromOcr = page.FromOcr };
    }

    private static bool EndsWithSpace(System.Text.StringBuilder sb) => sb.Length > 0 && char.IsWhiteSpace(sb[^1]);

    internal static string Clean(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c == '\u00AD')
            {
                continue; // soft hyphen: invisible unless the line breaks there
            }

            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(c);
        }

        return sb.ToString();
    }
}
