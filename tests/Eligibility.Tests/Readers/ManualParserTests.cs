using Eligibility.Ingest.Pipeline;
using Eligibility.Ingest.Reading;

namespace Eligibility.Tests.Readers;

/// <summary>ManualParser end to end on a Markdown manual: reader, structure, chunker and passages, with no PDF tools needed.</summary>
public sealed class ManualParserTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Markdown_manual_becomes_passages_with_section_paths_pages_and_context()
    {
        var path = await _files.WriteAsync("handbook.md", """
            # Eligibility Handbook

            ## Chapter 3 Income

            ### 3.1 Earned income

            Earned income means wages, salaries and self-employment income.

            ### 3.2 Unearned income

            Unearned income includes pensions and support payments.
            """);
        var request = new IngestRequest(path, "handbook", "Eligibility Handbook", "2025-01-01", new DateOnly(2025, 1, 1));

        var parsed = await ManualParser.CreateDefault().ParseAsync(request, Ct);

        Assert.Equal(
            ["Chapter 3 Income > 3.1 Earned income", "Chapter 3 Income > 3.2 Unearned income"],
            parsed.Passages.Select(p => p.SectionPath.ToString()));
        Assert.Equal(["handbook@2025-01-01#0001", "handbook@2025-01-01#0002"], parsed.Passages.Select(p => p.Id));
        Assert.Equal(["3.1", "3.2"], parsed.Passages.Select(p => p.SectionNumber));
        var page = Assert.Single(parsed.Pages);
        Assert.All(parsed.Passages, p =>
        {
            Assert.Equal((1, 1), (p.PageStart, p.PageEnd));
            Assert.Contains(p.Text.Split("\n\n")[^1], page.Text[p.StartOffset..p.EndOffset], StringComparison.Ordinal);
            Assert.Contains("(effective 2025-01-01)", p.ContextHeader, StringComparison.Ordinal);
        });
        Assert.Equal("3.1 Earned income\n\nEarned income means wages, salaries and self-employment income.", parsed.Passages[0].Text);
        Assert.Equal(64, parsed.ContentHash.Length);
    }

    [Fact]
    public async Task Unsupported_extension_is_rejected_with_the_supported_list()
    {
        var path = await _files.WriteAsync("handbook.docx", "not really a Word file");
        var request = new IngestRequest(path, "handbook", "Eligibility Handbook", "2025-01-01", new DateOnly(2025, 1, 1));

        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() => ManualParser.CreateDefault().ParseAsync(request, Ct));

        Assert.Equal("handbook.docx: unsupported file type '.docx' (expected .pdf, .html, .htm, .md, .markdown or .txt)", error.Message);
    }
}
