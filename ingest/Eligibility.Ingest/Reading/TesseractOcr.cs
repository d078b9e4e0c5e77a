using System.Globalization;

namespace Eligibility.Ingest.Reading;

/// <summary>Optical character recognition of image-only pages: Poppler renders the page, tesseract reads it.</summary>
internal static class TesseractOcr
{
    private const int Dpi = 300;

    public static bool IsAvailable => ExternalTool.IsInstalled("tesseract") && ExternalTool.IsInstalled("pdftoppm");

    public static async Task<PageLayout> ReadPageAsync(string pdf, PageLayout page, CancellationToken ct)
    {
        var work = Directory.CreateTempSubdirectory("eligibility-ocr-");
        try
        {
            var prefix = Path.Combine(work.FullName, "page");
            var p = page.Number.ToString(CultureInfo.InvariantCulture);
            var render = await ExternalTool.RunAsync("pdftoppm", ["-r", Dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-png", "-singlefile", "-f", p, "-l", p, pdf, prefix], ct);
            if (render.ExitCode != 0)
            {
                throw new UnreadableDocumentException(pdf, $"page {page.Number} could not be rendered for OCR ({FirstLine(render.StdErr)})");
            }

            var ocr = await ExternalTool.RunAsync("tesseract", [prefix + ".png", "stdout", "-l", "eng", "tsv"], ct);
            if (ocr.ExitCode != 0)
            {
                throw new UnreadableDocumentException(pdf, $"OCR failed on page {page.Number} ({FirstLine(ocr.StdErr)})");
            }

            return page with { Runs = ParseTsv(ocr.StdOut), FromOcr = true };
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>One run per recognised line, in points; words below 30% confidence are dropped.</summary>
    internal static List<TextRun> ParseTsv(string tsv)
    {
        const double scale = 72.0 / Dpi;
        var words = tsv.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1)
            .Select(l => l.Split('\t'))
            .Where(c => c.Length >= 12 && c[0] == "5" && !string.IsNullOrWhiteSpace(c[11])
                && double.TryParse(c[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var conf) && conf >= 30)
            .Select(c => (Line: $"{c[2]}.{c[3]}.{c[4]}", Left: I(c[6]), Top: I(c[7]), Width: I(c[8]), Height: I(c[9]), Text: c[11].Trim()));

        return words.GroupBy(w => w.Line)
            .Select(g =>
            {
                var left = g.Min(w => w.Left);
                var top = g.Min(w => w.Top);
                var right = g.Max(w => w.Left + w.Width);
                var bottom = g.Max(w => w.Top + w.Height);
                var size = g.Select(w => (double)w.Height).Order().ElementAt(g.Count() / 2) * scale;
                return new TextRun(string.Join(' ', g.Select(w => w.Text)), left * scale, top * scale, (right - left) * scale, (bottom - top) * scale, size, false, false);
            })
            .ToList();
    }

    private static int I(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    private static string FirstLine(string s) => s.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "no detail";
}
