using Eligibility.Ingest.Layout;
using Eligibility.Ingest.Reading;
using static Eligibility.Tests.Layout.SyntheticPages;

namespace Eligibility.Tests.Layout;

/// <summary>Two-column pages read down the left column, then down the right; full-width lines cut the page into zones.</summary>
public sealed class TwoColumnReadingOrderTests
{
    private const double LeftColumn = 72;
    private const double RightColumn = 320;
    private const double ColumnWidth = 220;
    private const int LinesPerColumn = 10;

    [Fact]
    public void Whole_left_column_is_read_before_the_right_column()
    {
        var document = LayoutAnalyzer.Analyze([.. Enumerable.Range(1, 3).Select(p => Page(p, ColumnRuns(p, firstTop: 100)))]);

        foreach (var page in document.Pages)
        {
            var expected = Enumerable.Range(1, LinesPerColumn).Select(i => $"left p{page.Page} line {i}")
                .Concat(Enumerable.Range(1, LinesPerColumn).Select(i => $"right p{page.Page} line {i}"));
            Assert.Equal(expected, Lines(page));
        }
    }

    [Fact]
    public void Full_width_heading_above_the_columns_comes_first()
    {
        var heading = Run("PART 435—ELIGIBILITY IN THE STATES", LeftColumn, 80, FullWidth, size: 14, bold: true);
        var pages = Enumerable.Range(1, 3)
            .Select(p => Page(p, p == 1 ? [heading, .. ColumnRuns(p, firstTop: 110)] : ColumnRuns(p, firstTop: 100)))
            .ToList();

        var document = LayoutAnalyzer.Analyze(pages);

        var lines = Lines(document.Pages[0]);
        Assert.Equal("PART 435—ELIGIBILITY IN THE STATES", lines[0]);
        Assert.Equal("left p1 line 1", lines[1]);
        Assert.Equal("right p1 line 1", lines[1 + LinesPerColumn]);
        Assert.Equal("PART 435—ELIGIBILITY IN THE STATES", document.Blocks[0].Text);
        Assert.True(document.Blocks[0].Bold);
    }

    [Fact]
    public void Full_width_line_between_columns_splits_the_page_into_zones()
    {
        // Upper zone: five lines per column; then a full-width heading; then a lower zone of five lines per column.
        var runs = new List<TextRun>();
        for (var i = 1; i <= 5; i++)
        {
            runs.Add(Run($"upper left {i}", LeftColumn, 100 + (12 * i), ColumnWidth));
            runs.Add(Run($"upper right {i}", RightColumn, 100 + (12 * i), ColumnWidth));
            runs.Add(Run($"lower left {i}", LeftColumn, 200 + (12 * i), ColumnWidth));
            runs.Add(Run($"lower right {i}", RightColumn, 200 + (12 * i), ColumnWidth));
        }

        runs.Add(Run("Subpart B—Mandatory Coverage", LeftColumn, 180, FullWidth, size: 12, bold: true));
        var pages = Enumerable.Range(1, 3).Select(p => Page(p, runs)).ToList();

        var document = LayoutAnalyzer.Analyze(pages);

        var expected = Enumerable.Range(1, 5).Select(i => $"upper left {i}")
            .Concat(Enumerable.Range(1, 5).Select(i => $"upper right {i}"))
            .Append("Subpart B—Mandatory Coverage")
            .Concat(Enumerable.Range(1, 5).Select(i => $"lower left {i}"))
            .Concat(Enumerable.Range(1, 5).Select(i => $"lower right {i}"));
        Assert.Equal(expected, Lines(document.Pages[0]));
    }

    /// <summary>Ten full lines in each column, listed row by row (the order a PDF often gives them in).</summary>
    private static List<TextRun> ColumnRuns(int page, double firstTop)
    {
        var runs = new List<TextRun>();
        for (var i = 1; i <= LinesPerColumn; i++)
        {
            var top = firstTop + (12 * (i - 1));
            runs.Add(Run($"left p{page} line {i}", LeftColumn, top, ColumnWidth));
            runs.Add(Run($"right p{page} line {i}", RightColumn, top, ColumnWidth));
        }

        return runs;
    }
}
