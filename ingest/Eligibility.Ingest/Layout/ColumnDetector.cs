using Eligibility.Ingest.Reading;

namespace Eligibility.Ingest.Layout;

/// <summary>
/// Decides whether a document is set in two columns and where each page's gutter is: the vertical line
/// near the middle that the fewest runs cross.
/// </summary>
internal static class ColumnDetector
{
    private const double Margin = 4;

    /// <summary>Gutter x per page number, for documents where most text pages are two-column; empty otherwise.</summary>
    public static Dictionary<int, double> FindGutters(IReadOnlyList<(PageLayout Page, List<TextRun> Body)> pages)
    {
        var gutters = new Dictionary<int, double>();
        var twoColumnPages = 0;
        var textPages = 0;
        foreach (var (page, body) in pages)
        {
            if (body.Count == 0)
            {
                continue;
            }

            textPages++;
            var gutter = GutterOf(page, body, out var looksTwoColumn);
            if (gutter is { } x)
            {
                gutters[page.Number] = x;
                twoColumnPages += looksTwoColumn ? 1 : 0;
            }
        }

        return textPages > 0 && twoColumnPages * 2 >= textPages ? gutters : [];
    }

    private static double? GutterOf(PageLayout page, List<TextRun> body, out bool looksTwoColumn)
    {
        looksTwoColumn = false;
        if (body.Count < 6)
        {
            return null;
        }

        var from = (int)(page.Width * 0.3);
        var to = (int)(page.Width * 0.7);
        var crossings = Crossings(body, from, to);
        var best = int.MaxValue;
        var bestX = 0.0;
        for (var x = from; x <= to; x++)
        {
            var crossing = crossings[x - from];
            if (crossing < best || (crossing == best && Math.Abs(x - (page.Width / 2)) < Math.Abs(bestX - (page.Width / 2))))
            {
                best = crossing;
                bestX = x;
            }
        }

        var left = body.Where(r => r.Right <= bestX + Margin).ToList();
        var right = body.Where(r => r.Left >= bestX - Margin).ToList();
        if (best > body.Count * 0.1 || left.Count < 3 || right.Count < 3)
        {
            return null;
        }

        // Columns of text are wide; a table's cells are not.
        var columnWidth = Percentile(left.Select(r => r.Width), 0.75);
        looksTwoColumn = left.Count >= 8 && right.Count >= 8 && columnWidth >= page.Width * 0.25;
        return bestX;
    }

    /// <summary>For each whole x from <paramref name="from"/> to <paramref name="to"/>, how many runs cross it (start left of x − margin, end right of x + margin).</summary>
    private static int[] Crossings(List<TextRun> body, int from, int to)
    {
        var changes = new int[to - from + 2];
        foreach (var run in body)
        {
            // The whole x with run.Left + margin < x < run.Right − margin.
            var first = Math.Max(from, (int)Math.Floor(run.Left + Margin) + 1);
            var last = Math.Min(to, (int)Math.Ceiling(run.Right - Margin) - 1);
            if (first <= last)
            {
                changes[first - from]++;
                changes[last - from + 1]--;
            }
        }

        var crossings = new int[to - from + 1];
        for (int i = 0, running = 0; i < crossings.Length; i++)
        {
            running += changes[i];
            crossings[i] = running;
        }

        return crossings;
    }

    private static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(sorted.Count * p))];
    }
}
