using Eligibility.Ingest.Layout;
using Eligibility.Ingest.Reading;
using static Eligibility.Tests.Layout.SyntheticPages;

namespace Eligibility.Tests.Layout;

/// <summary>How lines of one column become paragraph blocks: indents, gaps and weight changes split; wrapped lines join.</summary>
public sealed class ParagraphSplittingTests
{
    [Fact]
    public void Wrapped_lines_at_the_same_margin_continue_one_paragraph()
    {
        var blocks = Blocks(
            Run("An applicant must provide verification of income", Margin, 100),
            Run("from every source, including wages, pensions and", Margin, 112),
            Run("support payments received by the household.", Margin, 124, 300));

        var block = Assert.Single(blocks);
        Assert.Equal(BlockKind.Paragraph, block.Kind);
        Assert.Equal(
            "An applicant must provide verification of income from every source, including wages, pensions and support payments received by the household.",
            block.Text);
    }

    [Fact]
    public void First_line_indent_starts_a_new_paragraph()
    {
        var blocks = Blocks(
            Run("Income is counted in the month it is received by the", Margin, 100),
            Run("household, whether or not it is spent in that month.", Margin, 112),
            Run("Resources are counted as of the first moment of the", Margin + 18, 124, FullWidth - 18),
            Run("first day of the month in which eligibility is sought.", Margin, 136));

        Assert.Equal(
            [
                "Income is counted in the month it is received by the household, whether or not it is spent in that month.",
                "Resources are counted as of the first moment of the first day of the month in which eligibility is sought.",
            ],
            blocks.Select(b => b.Text));
    }

    [Fact]
    public void Larger_vertical_gap_starts_a_new_paragraph()
    {
        var blocks = Blocks(
            Run("Income is counted in the month it is received by the", Margin, 100),
            Run("household, whether or not it is spent in that month.", Margin, 112),
            Run("Resources are counted as of the first moment of the", Margin, 136),
            Run("first day of the month in which eligibility is sought.", Margin, 148));

        Assert.Equal(2, blocks.Count);
        Assert.StartsWith("Resources are counted", blocks[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Bold_line_after_body_text_starts_a_new_block()
    {
        var blocks = Blocks(
            Run("Income is counted in the month it is received by the", Margin, 100),
            Run("household, whether or not it is spent in that month.", Margin, 112),
            Run("§ 435.601 Application of financial eligibility methodologies.", Margin, 124, 350, bold: true),
            Run("Except as specified in this section, the agency must apply", Margin, 136));

        Assert.Equal(3, blocks.Count);
        Assert.Equal("§ 435.601 Application of financial eligibility methodologies.", blocks[1].Text);
        Assert.True(blocks[1].Bold);
        Assert.False(blocks[0].Bold);
        Assert.False(blocks[2].Bold);
    }

    [Fact]
    public void Hard_hyphen_at_line_end_joins_the_word_without_a_space()
    {
        var blocks = Blocks(
            Run("The State may cover home and community-", Margin, 100),
            Run("based services for individuals who would otherwise", Margin, 112),
            Run("require institutional care.", Margin, 124, 150));

        var block = Assert.Single(blocks);
        Assert.Equal("The State may cover home and community-based services for individuals who would otherwise require institutional care.", block.Text);
    }

    private static IReadOnlyList<Block> Blocks(params TextRun[] runs) => LayoutAnalyzer.Analyze([Page(1, runs)]).Blocks;
}
