using Eligibility.Ingest.Layout;
using Eligibility.Ingest.Reading;
using static Eligibility.Tests.Layout.SyntheticPages;

namespace Eligibility.Tests.Layout;

/// <summary>Consecutive lines of widely spaced cells become one table block, cells separated by " | ".</summary>
public sealed class TableDetectionTests
{
    [Fact]
    public void Consecutive_rows_of_spaced_cells_become_one_table_block()
    {
        var page = Page(1,
        [
            Run("The monthly income limits for the program are shown", Margin, 100),
            Run("in the table below and are updated every April.", Margin, 112),
            .. Row(150, "Household size", "Monthly limit", "Annual limit"),
            .. Row(162, "1", "$1,255", "$15,060"),
            .. Row(174, "2", "$1,704", "$20,440"),
            Run("Add $449 per month for each additional member of the", Margin, 210),
            Run("household beyond the second.", Margin, 222, 150),
        ]);

        var document = LayoutAnalyzer.Analyze([page]);

        Assert.Equal([BlockKind.Paragraph, BlockKind.Table, BlockKind.Paragraph], document.Blocks.Select(b => b.Kind));
        Assert.Equal(
            "Household size | Monthly limit | Annual limit\n1 | $1,255 | $15,060\n2 | $1,704 | $20,440",
            document.Blocks[1].Text);
        Assert.Contains("\n1 | $1,255 | $15,060\n", document.Pages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_line_with_a_wide_gap_is_not_a_table()
    {
        var page = Page(1,
        [
            Run("The monthly income limits for the program are shown", Margin, 100),
            Run("Effective date", Margin, 112, 80),
            Run("April 1", 300, 112, 40),
            Run("in the table below and are updated every April.", Margin, 124),
        ]);

        var document = LayoutAnalyzer.Analyze([page]);

        Assert.DoesNotContain(document.Blocks, b => b.Kind == BlockKind.Table);
        Assert.DoesNotContain("|", document.Pages[0].Text, StringComparison.Ordinal);
    }

    /// <summary>Cells at x = 72, 250 and 400: gaps far wider than 2.5 times the 10 pt font.</summary>
    private static IEnumerable<TextRun> Row(double top, string a, string b, string c) =>
    [
        Run(a, Margin, top, 90),
        Run(b, 250, top, 70),
        Run(c, 400, top, 70),
    ];
}
