using Eligibility.Ingest.Layout;
using Eligibility.Ingest.Reading;
using static Eligibility.Tests.Layout.SyntheticPages;

namespace Eligibility.Tests.Layout;

/// <summary>Small type at the page foot is a footnote: its own block, kept out of the paragraph it interrupts.</summary>
public sealed class FootnoteTests
{
    internal const string Note = "1 See § 435.4 for the definition of applicant.";

    /// <summary>A paragraph that runs from the foot of page 1 onto page 2, with a footnote between, then a heading.</summary>
    internal static List<PageLayout> Pages() =>
    [
        Page(1,
        [
            Run("When an applicant¹ files an application, the agency must", Margin, 100),
            Run("decide eligibility promptly and without undue delay, and", Margin, 112),
            Run("must send written notice of the decision together with", Margin, 124),
            Run(Note, Margin, 700, 300, size: 7.5),
        ]),
        Page(2,
        [
            Run("the reasons for it within the required time limits.", Margin, 100, 260),
            Run("§ 435.912 Timely determinations.", Margin, 130, 200, bold: true),
            Run("The agency must establish timeliness standards.", Margin, 142, 250),
        ]),
    ];

    [Fact]
    public void Small_type_below_the_body_becomes_a_footnote_block_that_does_not_split_the_paragraph()
    {
        var document = LayoutAnalyzer.Analyze(Pages());

        Assert.Equal([BlockKind.Paragraph, BlockKind.Footnote, BlockKind.Paragraph, BlockKind.Paragraph], document.Blocks.Select(b => b.Kind));
        var paragraph = document.Blocks[0];
        Assert.Equal(
            "When an applicant¹ files an application, the agency must decide eligibility promptly and without undue delay, and must send written notice of the decision together with the reasons for it within the required time limits.",
            paragraph.Text);
        Assert.Equal((1, 2), (paragraph.FirstPage, paragraph.LastPage));
        Assert.Equal(Note, document.Blocks[1].Text);
        Assert.Equal("§ 435.912 Timely determinations.", document.Blocks[2].Text);
    }

    [Fact]
    public void Footnote_text_follows_the_body_in_the_page_text()
    {
        var document = LayoutAnalyzer.Analyze(Pages());

        Assert.Equal(Note, Lines(document.Pages[0])[^1]);
    }

    [Fact]
    public void Small_type_above_body_text_is_not_a_footnote()
    {
        var pages = Pages();
        pages[0] = Page(1, [.. pages[0].Runs, Run("continued on the next page after this line", Margin, 720, FullWidth)]);

        var document = LayoutAnalyzer.Analyze(pages);

        Assert.DoesNotContain(document.Blocks, b => b.Kind == BlockKind.Footnote);
    }
}
