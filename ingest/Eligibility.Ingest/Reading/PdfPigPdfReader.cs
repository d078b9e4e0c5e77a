using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace Eligibility.Ingest.Reading;

/// <summary>
/// Reads PDFs in-process with PdfPig, for machines without Poppler (a developer's Windows machine, a slim
/// container). Chosen automatically when <c>pdftohtml</c> is not installed, with a warning on every file: it is
/// 5–8 times slower on this corpus, keeps fewer paragraphs whole and in order on printed-style pages, cannot
/// OCR scanned pages (that needs Poppler's <c>pdftoppm</c>) and repairs fewer damaged files.
/// </summary>
public sealed class PdfPigPdfReader : IDocumentReader
{
    public const string QualityWarning =
        "read with PdfPig because Poppler (pdftohtml) is not installed: reading order on multi-column pages, damaged files and scanned pages "
        + "are handled less well, and there is no OCR; install poppler-utils for the full reader";

    public bool Accepts(string extension) => extension == ".pdf";

    public Task<ExtractedDocument> ReadAsync(string path, CancellationToken ct) => Task.Run(() => Read(path, ct), ct);

    private static ExtractedDocument Read(string path, CancellationToken ct)
    {
        PdfPreflight.Check(path);
        PdfPreflight.CheckComplete(path);
        var name = Path.GetFileName(path);
        var warnings = new List<string> { $"{name}: {QualityWarning}" };
        PdfDocument document;
        try
        {
            document = Open(path, warnings);
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new UnreadableDocumentException(path, "password-protected PDF; cannot read");
        }
#pragma warning disable CA1031 // PdfPig throws many kinds of exception on damaged files; each is "unreadable"
        catch (Exception e)
        {
            throw new UnreadableDocumentException(path, $"damaged PDF that the managed reader cannot open ({e.GetType().Name}); install poppler-utils, which repairs more files");
        }

        using (document)
        {
            var pages = new List<PageLayout>();
            var lost = new List<int>();
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                ct.ThrowIfCancellationRequested();
                try
                {
                    var page = document.GetPage(number);
                    pages.Add(new PageLayout(number, page.Width, page.Height, Runs(page)));
                }
                catch (Exception)
                {
                    lost.Add(number);
                }
            }
#pragma warning restore CA1031

            if (pages.Count == 0 || lost.Count * 2 > document.NumberOfPages)
            {
                throw new UnreadableDocumentException(path, $"only {pages.Count} of the {document.NumberOfPages} pages it declares could be read");
            }

            if (pages.All(p => p.Runs.All(r => r.IsBlank)))
            {
                throw new UnreadableDocumentException(path, "no extractable text (image-only; OCR not available without Poppler's pdftoppm: install poppler-utils and tesseract-ocr)");
            }

            if (lost.Count > 0)
            {
                warnings.Add($"{name}: the file declares {document.NumberOfPages} pages but only {pages.Count} were read: {PageNumbers.Ranges(lost)} could not be read, and their text is missing");
            }

            var blank = pages.Where(p => p.Runs.All(r => r.IsBlank)).Select(p => p.Number).ToList();
            if (blank.Count > 0)
            {
                warnings.Add($"{name}: no extractable text on {PageNumbers.Ranges(blank)} (image-only; OCR not available)");
            }

            var facts = PdfFacts.TryOf(document);
            return new ExtractedDocument(path, facts?.Title, pages, null, warnings) { Outline = facts?.Outline ?? [] };
        }
    }

    /// <summary>The document, or when its cross-reference table is broken, the document with the table rebuilt (and a warning).</summary>
    private static PdfDocument Open(string path, List<string> warnings)
    {
        var options = new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true };
        try
        {
            var document = PdfDocument.Open(path, options);
            _ = document.NumberOfPages;
            return document;
        }
        catch (PdfDocumentEncryptedException)
        {
            throw;
        }
        catch (Exception) when (XrefRepair.Rebuild(File.ReadAllBytes(path)) is { } repaired)
        {
            var document = PdfDocument.Open(repaired, options);
            warnings.Add($"{Path.GetFileName(path)}: damaged cross-reference table was rebuilt");
            return document;
        }
    }

    /// <summary>
    /// The page's words joined into runs as Poppler gives them: consecutive words on one baseline in one font
    /// and size, with gaps no wider than a few spaces. Positions from the top-left corner, in points.
    /// </summary>
    private static List<TextRun> Runs(Page page)
    {
        var runs = new List<TextRun>();
        Word? first = null;
        Word? last = null;
        var text = new StringBuilder();
        foreach (var word in page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)))
        {
            if (last is not null && first is not null && Continues(last, word))
            {
                text.Append(' ').Append(word.Text);
                last = word;
                continue;
            }

            Flush();
            first = word;
            last = word;
            text.Append(word.Text);
        }

        Flush();
        return runs;

        void Flush()
        {
            if (first is null || last is null)
            {
                return;
            }

            var letter = first.Letters[0];
            var font = letter.FontName ?? "";
            var top = page.Height - Math.Max(first.BoundingBox.Top, last.BoundingBox.Top);
            var bottom = page.Height - Math.Min(first.BoundingBox.Bottom, last.BoundingBox.Bottom);

            // Poppler boxes a run by its font's ascent and descent, PdfPig by the glyphs' ink: a line of "a  renewal form"
            // is shorter than one with capitals, and the gap between lines looked like a paragraph break. The box is
            // widened to the font's: about 0.9 of its size above the baseline and 0.25 below, as Poppler gives.
            if (letter.PointSize > 1)
            {
                var baseline = page.Height - letter.StartBaseLine.Y;
                top = Math.Min(top, baseline - (letter.PointSize * 0.9));
                bottom = Math.Max(bottom, baseline + (letter.PointSize * 0.25));
            }
            runs.Add(new TextRun(
                Typography.Plain(text.ToString()),
                first.BoundingBox.Left,
                top,
                last.BoundingBox.Right - first.BoundingBox.Left,
                bottom - top,
                Math.Round(letter.PointSize, 1),
                font.Contains("Bold", StringComparison.OrdinalIgnoreCase) || font.Contains("Black", StringComparison.OrdinalIgnoreCase) || letter.FontDetails?.IsBold == true,
                font.Contains("Italic", StringComparison.OrdinalIgnoreCase) || font.Contains("Oblique", StringComparison.OrdinalIgnoreCase) || letter.FontDetails?.IsItalic == true));
            text.Clear();
            first = null;
            last = null;
        }
    }

    /// <summary>Whether <paramref name="next"/> carries on the run ending with <paramref name="previous"/>.</summary>
    private static bool Continues(Word previous, Word next)
    {
        var a = previous.Letters[^1];
        var b = next.Letters[0];
        var size = Math.Max(a.PointSize, 1);
        var sameLine = Math.Abs(previous.BoundingBox.Bottom - next.BoundingBox.Bottom) < size * 0.3;
        var gap = next.BoundingBox.Left - previous.BoundingBox.Right;
        return sameLine && gap >= -size * 0.2 && gap < size * 1.5 && a.FontName == b.FontName && Math.Abs(a.PointSize - b.PointSize) < 0.5;
    }
}
