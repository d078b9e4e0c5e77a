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

        // The file's own account of itself is read in-process while Poppler runs.
        var reading = Task.Run(() => PdfFacts.Read(path), ct);
        var result = await ExternalTool.RunAsync("pdftohtml", ["-xml", "-i", "-stdout", "-nodrm", "-fontfullname", "-zoom", zoom, path], ct);
        var warnings = new List<string>();
        if (result.ExitCode != 0 || !result.StdOut.Contains("<pdf2xml", StringComparison.Ordinal))
        {
            throw new UnreadableDocumentException(path, Diagnose(result));
        }

        var pages = PdfXmlParser.Parse(result.StdOut, Zoom);
        if (pages.Count == 0)
        {
            throw new UnreadableDocumentException(path, "the PDF has no pages");
        }

        var facts = await reading;
        await CrossCheckPagesAsync(path, pages, facts, result.StdErr, warnings, ct);
        await ReportDamageAsync(path, result.StdErr, pages.Count, warnings, ct);
        pages = await RecogniseImageOnlyPagesAsync(path, pages, warnings, ct);
        return new ExtractedDocument(path, facts?.Title, pages, null, warnings) { Outline = facts?.Outline ?? [] };
    }

    /// <summary>
    /// The pages read against the pages the file declares (its page tree, read in-process; <c>pdfinfo</c> when
    /// PdfPig cannot open it): pages missing are named in a warning, and a file that lost most of them fails.
    /// </summary>
    private static async Task CrossCheckPagesAsync(string path, List<PageLayout> pages, PdfFacts? facts, string stderr, List<string> warnings, CancellationToken ct)
    {
        var declared = facts?.PageCount ?? await PdfInfoPagesAsync(path, ct);
        if (declared is not { } count || pages.Count >= count)
        {
            return;
        }

        if (pages.Count * 2 < count)
        {
            throw new UnreadableDocumentException(path, $"only {pages.Count} of the {count} pages it declares could be read (damaged page tree or content)");
        }

        // Poppler numbers the pages it read 1…n, so the lost ones are named from what it said ("Kid object (page 3)
        // is wrong type"), or from the page tree when PdfPig cannot open them.
        var lost = PopplerDiagnostics.PagesNamed(stderr);
        if (lost.Count != count - pages.Count)
        {
            lost = PdfFacts.PagesThatCannotBeOpened(path, count);
        }

        var which = lost.Count == count - pages.Count ? $"{PageNumbers.Ranges(lost)} could not be read" : $"{count - pages.Count} of them could not be read";
        warnings.Add($"{Path.GetFileName(path)}: the file declares {count} pages but only {pages.Count} were read: {which}, and their text is missing");
    }

    /// <summary>Poppler's complaints about a file it still read, as a warning that names the damaged pages.</summary>
    private static async Task ReportDamageAsync(string path, string stderr, int pageCount, List<string> warnings, CancellationToken ct)
    {
        var problems = PopplerDiagnostics.Problems(stderr);
        if (problems.Count == 0)
        {
            return;
        }

        var name = Path.GetFileName(path);
        if (PopplerDiagnostics.OnlyRebuiltXref(problems))
        {
            warnings.Add($"{name}: damaged cross-reference table was rebuilt");
            return;
        }

        var damaged = await PopplerDiagnostics.DamagedPagesAsync(path, pageCount, ct);
        var errors = $"{problems.Count} error{(problems.Count == 1 ? "" : "s")} from Poppler, e.g. \"{PopplerDiagnostics.Example(problems)}\"";
        warnings.Add(damaged.Count > 0
            ? $"{name}: damaged content on {PageNumbers.Ranges(damaged)} ({errors}); text there may be missing or garbled"
            : $"{name}: damaged content ({errors}) that no single page shows on its own; some text may be missing or garbled");
    }

    private static async Task<int?> PdfInfoPagesAsync(string path, CancellationToken ct)
    {
        var info = await ExternalTool.RunAsync("pdfinfo", [path], ct);
        var line = info.StdOut.Split('\n').FirstOrDefault(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.TryParse(line?["Pages:".Length..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pages) ? pages : null;
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

            warnings.Add($"{name}: no extractable text on {PageNumbers.Listed(empty)} (image-only; OCR not available)");
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

        warnings.Add($"{name}: {PageNumbers.Listed(empty)} had no text layer; the text comes from OCR and may contain recognition errors");
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
}
