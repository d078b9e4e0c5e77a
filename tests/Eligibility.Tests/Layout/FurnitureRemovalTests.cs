using Eligibility.Ingest.Layout;
using Eligibility.Ingest.Reading;
using static Eligibility.Tests.Layout.SyntheticPages;

namespace Eligibility.Tests.Layout;

/// <summary>Running heads, running feet and page numbers leave the page texts; body text that resembles them stays.</summary>
public sealed class FurnitureRemovalTests
{
    private static readonly string[] BodyLines =
    [
        "The agency must determine eligibility for each applicant",
        "§ 435.811.",
        "under the rules of this part and the approved State plan.",
    ];

    [Fact]
    public void Running_head_and_page_of_n_feet_are_removed_but_section_number_in_body_is_kept()
    {
        var pages = Enumerable.Range(1, 4).Select(p => Page(p,
        [
            Run("MEDICAID ELIGIBILITY MANUAL — Chapter 4", Margin, 36, 250, size: 9),
            .. Body(),
            Run($"Page {p} of 4", 280, 750, 60, size: 9),
        ])).ToList();

        var document = LayoutAnalyzer.Analyze(pages);

        Assert.All(document.Pages, page => Assert.Equal(BodyLines, Lines(page)));
    }

    [Fact]
    public void Text_on_the_running_head_baseline_is_removed_with_it()
    {
        string[] titles = ["Definitions", "Residency", "Citizenship", "Resources"];
        var pages = Enumerable.Range(1, 4).Select(p => Page(p,
        [
            Run("MEDICAID ELIGIBILITY MANUAL", Margin, 36, 200, size: 9),
            Run(titles[p - 1], 460, 36, 80, size: 9),
            .. Body(),
        ])).ToList();

        var document = LayoutAnalyzer.Analyze(pages);

        Assert.All(document.Pages, page => Assert.Equal(BodyLines, Lines(page)));
    }

    [Theory]
    [InlineData("7")]
    [InlineData("Page 7 of 12")]
    [InlineData("page 7/12")]
    [InlineData("– 7 –")]
    public void Page_number_in_the_bottom_band_is_removed_even_on_a_single_page(string footer)
    {
        var page = Page(1,
        [
            .. Body(),
            Run(footer, 290, 752, 40, size: 9),
        ]);

        var document = LayoutAnalyzer.Analyze([page]);

        Assert.Equal(BodyLines, Lines(document.Pages[0]));
    }

    [Fact]
    public void One_off_footer_text_that_is_not_a_page_number_is_kept()
    {
        var page = Page(1,
        [
            .. Body(),
            Run("Questions? Call 1-800-555-0100.", Margin, 752, 200, size: 9),
        ]);

        var document = LayoutAnalyzer.Analyze([page]);

        Assert.Equal([.. BodyLines, "Questions? Call 1-800-555-0100."], Lines(document.Pages[0]));
    }

    private static IEnumerable<TextRun> Body() =>
    [
        Run(BodyLines[0], Margin, 100),
        Run(BodyLines[1], Margin, 130, 60),
        Run(BodyLines[2], Margin, 160),
    ];
}
