using Eligibility.Ingest.Layout;
using Eligibility.Ingest.Reading;

namespace Eligibility.Tests.Readers;

/// <summary>HTML: h1–h6 headings, paragraphs and list items, tables as "a | b" rows; scripts, styles and navigation ignored.</summary>
public sealed class HtmlReaderTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Headings_paragraphs_list_items_and_table_rows_become_blocks_and_the_title_is_read()
    {
        var path = await _files.WriteAsync("handbook.html", """
            <!DOCTYPE html>
            <html><head><title>Eligibility Handbook</title>
            <style>p { color: red; }</style>
            <script>var hidden = "<p>not text</p>";</script></head>
            <body>
              <nav><ul><li><a href="/">Home</a></li><li><a href="/contact">Contact</a></li></ul></nav>
              <noscript><p>Please enable JavaScript.</p></noscript>
              <h1>Eligibility Handbook</h1>
              <h2>Chapter 2 Resources</h2>
              <p>Resources  are counted
                 as of the &#xFB01;rst day of the month.</p>
              <ul><li>Cash</li><li>Bank accounts</li></ul>
              <h3>2.1 Vehicles</h3>
              <table>
                <tr><th>Item</th><th>Limit</th></tr>
                <tr><td>One car</td><td>$4,500</td></tr>
              </table>
              <script>document.write('tracking');</script>
            </body></html>
            """);

        var document = await new HtmlDocumentReader().ReadAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal("Eligibility Handbook", document.Title);
        Assert.Equal(
            [
                (BlockKind.Heading, "Eligibility Handbook", (int?)1),
                (BlockKind.Heading, "Chapter 2 Resources", 2),
                (BlockKind.Paragraph, "Resources are counted as of the first day of the month.", null),
                (BlockKind.Paragraph, "Cash", null),
                (BlockKind.Paragraph, "Bank accounts", null),
                (BlockKind.Heading, "2.1 Vehicles", 3),
                (BlockKind.Table, "Item | Limit\nOne car | $4,500", null),
            ],
            document.Blocks!.Select(b => (b.Kind, b.Text, b.Level)));
    }

    [Fact]
    public async Task Body_with_only_scripts_is_unreadable()
    {
        var path = await _files.WriteAsync("empty-body.html", "<html><body><script>var x = 1;</script></body></html>");

        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(
            () => new HtmlDocumentReader().ReadAsync(path, TestContext.Current.CancellationToken));

        Assert.Equal("empty-body.html: no text found in the HTML body", error.Message);
    }

    [Fact]
    public async Task Loose_text_with_inline_markup_is_one_paragraph_and_block_children_split_it()
    {
        var path = await _files.WriteAsync("loose.html", """
            <html><body>
              <div>Resources are <b>counted</b> <a href="#m">monthly</a>.<p>A separate paragraph.</p>After the paragraph.</div>
            </body></html>
            """);

        var document = await new HtmlDocumentReader().ReadAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(
            ["Resources are counted monthly.", "A separate paragraph.", "After the paragraph."],
            document.Blocks!.Select(b => b.Text));
    }

    [Fact]
    public async Task Html_comments_are_not_text()
    {
        var path = await _files.WriteAsync("comments.html", """
            <html><body>
              <!-- Last edited by jsmith; do not publish -->
              <div>Resources are counted <!-- TODO check --> monthly.</div>
            </body></html>
            """);

        var document = await new HtmlDocumentReader().ReadAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(["Resources are counted monthly."], document.Blocks!.Select(b => b.Text));
    }

    [Fact]
    public async Task Line_breaks_separate_words()
    {
        var path = await _files.WriteAsync("br.html", """
            <html><body>
              <p>Countable income includes:<br>wages<br/>pensions</p>
              <div>Send forms to<br>P.O. Box 997417</div>
            </body></html>
            """);

        var document = await new HtmlDocumentReader().ReadAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(["Countable income includes: wages pensions", "Send forms to P.O. Box 997417"], document.Blocks!.Select(b => b.Text));
    }

    [Fact]
    public async Task Text_directly_inside_a_div_or_before_a_nested_list_is_kept()
    {
        var path = await _files.WriteAsync("divs.html", """
            <html><body>
              <h2>Resources</h2>
              <div>Resources are counted monthly.</div>
              <ul><li>Countable resources include:<ul><li>Cash</li></ul></li></ul>
            </body></html>
            """);

        var document = await new HtmlDocumentReader().ReadAsync(path, TestContext.Current.CancellationToken);

        var texts = document.Blocks!.Select(b => b.Text).ToList();
        Assert.Contains("Resources are counted monthly.", texts);
        Assert.Contains(texts, t => t.Contains("Countable resources include:", StringComparison.Ordinal));
    }
}
