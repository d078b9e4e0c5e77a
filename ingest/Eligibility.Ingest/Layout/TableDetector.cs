namespace Eligibility.Ingest.Layout;

/// <summary>
/// Marks table lines: two or more consecutive rows of widely spaced cells, plus the header or wrapped-cell
/// lines right beside them that sit inside the table's width and away from the column's left margin.
/// </summary>
internal static class TableDetector
{
    public static void Mark(List<Line> pageLines)
    {
        foreach (var column in pageLines.GroupBy(l => l.Column))
        {
            var lines = column.ToList();
            var columnLeft = lines.Select(l => l.Left).Order().ElementAt(lines.Count / 10);
            var i = 0;
            while (i < lines.Count)
            {
                if (!lines[i].IsTableRow)
                {
                    i++;
                    continue;
                }

                var end = i;
                while (end + 1 < lines.Count && lines[end + 1].IsTableRow && Near(lines[end], lines[end + 1]))
                {
                    end++;
                }

                if (end > i)
                {
                    var left = lines.Skip(i).Take(end - i + 1).Min(l => l.Left) - 2;
                    var right = lines.Skip(i).Take(end - i + 1).Max(l => l.Right) + 2;
                    var start = i;
                    while (start > 0 && Inside(lines[start - 1], left, right, columnLeft) && Near(lines[start - 1], lines[start]))
                    {
                        start--;
                    }

                    while (end + 1 < lines.Count && Inside(lines[end + 1], left, right, columnLeft) && Near(lines[end], lines[end + 1]))
                    {
                        end++;
                    }

                    for (var k = start; k <= end; k++)
                    {
                        lines[k].InTable = true;
                    }
                }

                i = end + 1;
            }
        }
    }

    private static bool Near(Line a, Line b) => b.Top - a.Bottom < Math.Max(a.Height, b.Height) * 1.6;

    private static bool Inside(Line line, double left, double right, double columnLeft) =>
        line.Left >= left && line.Right <= right && line.Left > columnLeft + (line.FontSize * 2);
}
