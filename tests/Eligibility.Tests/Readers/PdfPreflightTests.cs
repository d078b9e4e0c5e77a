using System.Text;
using Eligibility.Ingest.Reading;

namespace Eligibility.Tests.Readers;

/// <summary>Before Poppler runs, a file named .pdf must carry a %PDF- header; otherwise the message says what it looks like.</summary>
public sealed class PdfPreflightTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>Sign in</p></body></html>", "HTML")]
    [InlineData("\n  <html lang=\"en\"><body>Moved</body></html>", "HTML")]
    [InlineData("<?xml version=\"1.0\"?><error>Access denied</error>", "XML")]
    [InlineData("Eligibility rules for 2024, saved as text by mistake.\n", "plain text")]
    public async Task Non_pdf_content_is_named_in_the_message(string content, string looksLike)
    {
        var path = await _files.WriteAsync("manual.pdf", content);

        var error = Assert.Throws<UnreadableDocumentException>(() => PdfPreflight.Check(path));

        Assert.Equal($"manual.pdf: not a PDF (no %PDF- header; content looks like {looksLike})", error.Message);
    }

    [Fact]
    public async Task Word_document_is_recognised_as_a_zip_archive()
    {
        var path = await _files.WriteBytesAsync("manual.pdf", [(byte)'P', (byte)'K', 3, 4, 20, 0, 6, 0, 8, 0]);

        var error = Assert.Throws<UnreadableDocumentException>(() => PdfPreflight.Check(path));

        Assert.Contains("a ZIP archive, e.g. a Word document", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_pdf_is_reported_as_empty()
    {
        var path = await _files.WriteBytesAsync("manual.pdf", []);

        var error = Assert.Throws<UnreadableDocumentException>(() => PdfPreflight.Check(path));

        Assert.Equal("manual.pdf: file is empty (0 bytes)", error.Message);
    }

    [Fact]
    public async Task Header_after_leading_junk_within_1024_bytes_is_accepted()
    {
        var bytes = Encoding.ASCII.GetBytes(new string(' ', 600) + "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n");
        var path = await _files.WriteBytesAsync("manual.pdf", bytes);

        PdfPreflight.Check(path);

        var late = await _files.WriteBytesAsync("late.pdf", Encoding.ASCII.GetBytes(new string(' ', 1100) + "%PDF-1.4\n"));
        Assert.Throws<UnreadableDocumentException>(() => PdfPreflight.Check(late));
    }
}
