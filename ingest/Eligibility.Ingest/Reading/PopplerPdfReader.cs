using System.Globalization;

namespace Eligibility.Ingest.Reading;

/// <summary>
/// Reads PDFs with Poppler's <c>pdftohtml -xml</c> (positions, font sizes, weights); image-only pages go
/// through tesseract when it is installed. Never guesses passwords, never keeps text from a file it rejects.
/// </summary>
public sealed class PopplerPdfReader : IDocumentReader
{
    // Extra resolution for positions and font sizes; coordinates are converted back to points.
    private const double Zoom = 1.5;

    public bool Accepts(string extension) => extension == ".pdf";

    public async Task<ExtractedDocument> ReadAsync(string path, CancellationToken ct)
    {
        PdfPreflight.Check(path);
        var zoom = Zoom.ToString(CultureInfo.InvariantCulture);
        var result = await ExternalTool.RunAsync("pdftohtml", ["-xml", "-i", "-stdout", "-nodrm", "-fontfullname", "-zoom", zoom, path], ct);
        var warnings = new List<string>();
        if (result.ExitCode != 0 || !result.StdOut.Contains("<pdf2xml", StringComparison.Ordinal))
        {
            throw new UnreadableDocumentException(path, Diagnose(result));
        }

        if (result.StdErr.Contains("reconstruct", StringComparison.OrdinalIgnoreCase) || result.StdErr.Contains("xref", StringComparison.OrdinalIgnoreCase))
        {
            warnings.Add($"{Path.GetFileName(path)}: damaged cross-reference table was rebuilt");
        }

        var pages = PdfXmlParser.Parse(result.StdOut, Zoom);
        if (pages.Count == 0)
        {
            throw new UnreadableDocumentException(path, "the PDF has no pages");
        }

        pages = await RecogniseImageOnlyPagesAsync(path, pages, warnings, ct);
        return new ExtractedDocument(path, null, pages, null, warnings);
    }

    private static async Task<List<PageLayout>> RecogniseImageOnlyPagesAsync(string path, List<PageLayout> pages, List<string> warnings, CancellationToken ct)
    {
        var empty = pages.Where(p => p.Runs.All(r => r.IsBlank)).Select(p => p.Number).ToList();
        if (empty.Count == 0)
        {
            return pages;
        }

        var name = Path.GetFileName(path);
        if (!TesseractOcr.IsAvailable)
        {
            if (empty.Count == pages.Count)
            {
                throw new UnreadableDocumentException(path, "no extractable text (image-only; OCR not available: install tesseract-ocr)");
            }

            warnings.Add($"{name}: no extractable text on {PageList(empty)} (image-only; OCR not available)");
            return pages;
        }

        var read = new List<PageLayout>(pages.Count);
        foreach (var page in pages)
        {
            read.Add(empty.Contains(page.Number) ? await TesseractOcr.ReadPageAsync(path, page, ct) : page);
        }

        if (read.All(p => p.Runs.Count == 0))
        {
            throw new UnreadableDocumentException(path, "no extractable text (image-only, and OCR found no words)");
        }

        warnings.Add($"{name}: {PageList(empty)} had no text layer; the text comes from OCR and may contain recognition errors");
        return read;
    }

    private static string Diagnose(ExternalTool.Result result)
    {
        var err = result.StdErr;
        if (err.Contains("Incorrect password", StringComparison.OrdinalIgnoreCase))
        {
            return "password-protected PDF; cannot read";
        }

        if (err.Contains("trailer", StringComparison.OrdinalIgnoreCase) || err.Contains("xref", StringComparison.OrdinalIgnoreCase))
        {
            return "damaged or truncated PDF (no xref/trailer)";
        }

        var first = err.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim();
        return $"unreadable PDF ({first ?? $"pdftohtml exit code {result.ExitCode}"})";
    }

    private static string PageList(List<int> pages) => (pages.Count == 1 ? "page " : "pages ") + string.Join(", ", pages);
}
