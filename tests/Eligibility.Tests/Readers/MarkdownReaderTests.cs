using Eligibility.Ingest.Layout;
using Eligibility.Ingest.Reading;

namespace Eligibility.Tests.Readers;

/// <summary>Markdown: '#' headings with their level, paragraphs, list items, pipe tables kept whole, emphasis stripped.</summary>
public sealed class MarkdownReaderTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Headings_paragraphs_list_items_and_tables_become_blocks()
    {
        var path = await _files.WriteAsync("handbook.md", """
            # Medicaid Eligibility Manual

            ## Chapter 3 Income

            Countable income includes **earned** and __unearned__ income
            that the household receives.

            - Wages and salaries
            - Self-employment income

            | Household size | Monthly limit |
            |---|---:|
            | 1 | $1,255 |
            | 2 | $1,704 |

            ### 3.2 Countable income ###
            Income is counted monthly.
            """);

        var document = await new MarkdownDocumentReader().ReadAsync(path, TestContext.Current.CancellationToken);

        Assert.Empty(document.Pages);
        var blocks = Assert.IsAssignableFrom<IReadOnlyList<Block>>(document.Blocks);
        Assert.Equal(
            [
                (BlockKind.Heading, "Medicaid Eligibility Manual", (int?)1),
                (BlockKind.Heading, "Chapter 3 Income", 2),
                (BlockKind.Paragraph, "Countable income includes earned and unearned income that the household receives.", null),
                (BlockKind.Paragraph, "- Wages and salaries", null),
                (BlockKind.Paragraph, "- Self-employment income", null),
                (BlockKind.Table, "Household size | Monthly limit\n1 | $1,255\n2 | $1,704", null),
                (BlockKind.Heading, "3.2 Countable income", 3),
                (BlockKind.Paragraph, "Income is counted monthly.", null),
            ],
            blocks.Select(b => (b.Kind, b.Text, b.Level)));
    }

    [Fact]
    public async Task Plain_text_turns_short_numbered_lines_into_headings()
    {
        var path = await _files.WriteAsync("rules.txt", """
            4.2 Property limits
            The resource limit is $2,000 for an individual.

            4.3 Transfers of assets
            A transfer for less than fair market value is penalised.

            4.4 applies to every household member.
            # Not a heading in plain text
            """);

        var document = await new MarkdownDocumentReader().ReadAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(
            [
                (BlockKind.Heading, "4.2 Property limits", (int?)3),
                (BlockKind.Paragraph, "The resource limit is $2,000 for an individual.", null),
                (BlockKind.Heading, "4.3 Transfers of assets", 3),
                (BlockKind.Paragraph, "A transfer for less than fair market value is penalised.", null),
                (BlockKind.Paragraph, "4.4 applies to every household member. # Not a heading in plain text", null),
            ],
            document.Blocks!.Select(b => (b.Kind, b.Text, b.Level)));
    }

    [Theory]
    [InlineData(".md", true)]
    [InlineData(".markdown", true)]
    [InlineData(".txt", true)]
    [InlineData(".html", false)]
    [InlineData(".pdf", false)]
    public void Accepts_markdown_and_text_extensions(string extension, bool accepted) =>
        Assert.Equal(accepted, new MarkdownDocumentReader().Accepts(extension));
}
