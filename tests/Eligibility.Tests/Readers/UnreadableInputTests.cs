using System.Text;
using Eligibility.Ingest.Reading;

namespace Eligibility.Tests.Readers;

/// <summary>Bad text inputs fail with one precise line naming the file and the reason.</summary>
public sealed class UnreadableInputTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("empty.md")]
    [InlineData("empty.txt")]
    [InlineData("empty.html")]
    public async Task Empty_file_is_reported_as_empty(string name)
    {
        var path = await _files.WriteBytesAsync(name, []);

        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() => ReaderFor(name).ReadAsync(path, Ct));

        Assert.Equal($"{name}: file is empty (0 bytes)", error.Message);
        Assert.Equal(path, error.File);
    }

    [Fact]
    public async Task Latin_1_bytes_in_a_text_file_are_not_valid_utf8()
    {
        var path = await _files.WriteBytesAsync("latin1.txt", Encoding.Latin1.GetBytes("Médicaid résidence rules apply.\n"));

        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() => new MarkdownDocumentReader().ReadAsync(path, Ct));

        Assert.Equal("latin1.txt: not valid UTF-8 text", error.Message);
    }

    [Fact]
    public async Task Utf8_with_a_byte_order_mark_is_read_without_it()
    {
        var path = await _files.WriteBytesAsync("bom.md", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("# Résidence\n")]);

        var document = await new MarkdownDocumentReader().ReadAsync(path, Ct);

        Assert.Equal("Résidence", Assert.Single(document.Blocks!).Text);
    }

    [Fact]
    public async Task Pdf_renamed_to_md_is_reported_as_a_pdf()
    {
        var path = await _files.WriteBytesAsync("manual.md", Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"));

        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() => new MarkdownDocumentReader().ReadAsync(path, Ct));

        Assert.StartsWith("manual.md: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("PDF", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_file_is_reported_as_not_found()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.md");

        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() => new MarkdownDocumentReader().ReadAsync(path, Ct));

        Assert.Equal("file not found", error.Reason);
    }

    [Fact]
    public async Task Markdown_of_only_blank_lines_has_no_text()
    {
        var path = await _files.WriteAsync("blank.md", "\n\n   \n");

        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() => new MarkdownDocumentReader().ReadAsync(path, Ct));

        Assert.Equal("blank.md: no text found", error.Message);
    }

    private static IDocumentReader ReaderFor(string name) =>
        name.EndsWith(".html", StringComparison.Ordinal) ? new HtmlDocumentReader() : new MarkdownDocumentReader();
}
