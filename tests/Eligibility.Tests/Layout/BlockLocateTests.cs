using System.Text.RegularExpressions;
using Eligibility.Ingest.Layout;
using Eligibility.Ingest.Reading;
using static Eligibility.Tests.Layout.SyntheticPages;

namespace Eligibility.Tests.Layout;

/// <summary>Block.Locate maps an offset in a block's text back to its page and offset in that page's text.</summary>
public sealed partial class BlockLocateTests
{
    [Fact]
    public void Every_word_of_a_paragraph_spanning_two_pages_locates_to_the_same_word_in_its_page_text()
    {
        var document = LayoutAnalyzer.Analyze(FootnoteTests.Pages());
        var block = document.Blocks[0];
        var pagesSeen = new HashSet<int>();

        foreach (Match word in Word().Matches(block.Text))
        {
            var (page, offset) = block.Locate(word.Index);
            var pageText = document.Pages.Single(p => p.Page == page).Text;
            Assert.True(
                string.CompareOrdinal(pageText, offset, word.Value, 0, word.Length) == 0,
                $"'{word.Value}' located at page {page} offset {offset}, where the page reads '{pageText[offset..Math.Min(pageText.Length, offset + 20)]}'");
            pagesSeen.Add(page);
        }

        Assert.Equal([1, 2], pagesSeen.Order());
    }

    [Fact]
    public void Words_after_a_hyphen_join_locate_to_the_next_line()
    {
        var document = LayoutAnalyzer.Analyze(
        [
            Page(1,
            [
                Run("The State may cover home and community-", Margin, 100),
                Run("based services for individuals who need them.", Margin, 112, 250),
            ]),
        ]);
        var block = Assert.Single(document.Blocks);
        var pageText = document.Pages[0].Text;

        var (page, offset) = block.Locate(block.Text.IndexOf("based services", StringComparison.Ordinal));

        Assert.Equal(1, page);
        Assert.Equal(pageText.IndexOf("based services", StringComparison.Ordinal), offset);
        Assert.Equal((1, pageText.IndexOf('\n', StringComparison.Ordinal) + 1 + "based services for individuals who need them.".Length), block.Locate(block.Text.Length));
    }

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex Word();
}
