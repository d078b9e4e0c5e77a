using System.Diagnostics;
using System.Text.Json;
using Eligibility.Ingest.Layout;
using Eligibility.Ingest.Reading;

namespace Eligibility.Benchmarks;

/// <summary>
/// The two PDF readers side by side on the shared corpus: Poppler (<c>pdftohtml -xml</c>, the primary) and PdfPig
/// (in-process, used when Poppler is absent). For each: wall time and managed memory allocated to read and lay
/// out every corpus PDF, and the share of paragraphs of the printed-style Part 435 found whole and in order
/// against its ground truth (first 12 and last 8 words of every paragraph, whitespace and hyphens ignored).
/// </summary>
internal static class ReaderBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var corpus = Path.GetFullPath(args.Length > 0 ? args[0] : Path.Combine("..", "shared", "corpus"));
        var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3;
        var pdfs = Directory.GetFiles(Path.Combine(corpus, "pdf"), "*.pdf").Order(StringComparer.Ordinal).ToList();
        var printed = Path.Combine(corpus, "parser-samples", "42-cfr-435_2019-10-01_printed-style.pdf");
        var truth = Path.Combine(corpus, "parser-samples", "42-cfr-435_2019-10-01_printed-style.expected.json");
        Console.WriteLine($"Reader benchmark: {pdfs.Count} corpus PDFs, {runs} runs, {Environment.ProcessorCount} cores");

        Console.WriteLine();
        Console.WriteLine("| reader | read + layout, corpus (median) | managed memory allocated | printed-style Part 435 (60 pages) | paragraphs whole and in order |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var (name, reader) in new (string, IDocumentReader)[] { ("Poppler pdftohtml -xml", new PopplerPdfReader()), ("PdfPig 0.1.16", new PdfPigPdfReader()) })
        {
            await ReadAllAsync(reader, pdfs); // warm-up
            var times = new List<double>();
            long allocated = 0;
            for (var i = 0; i < runs; i++)
            {
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var watch = Stopwatch.StartNew();
                await ReadAllAsync(reader, pdfs);
                times.Add(watch.Elapsed.TotalSeconds);
                allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            }

            var printedWatch = Stopwatch.StartNew();
            var text = LayoutAnalyzer.Analyze((await reader.ReadAsync(printed, CancellationToken.None)).Pages);
            var printedSeconds = printedWatch.Elapsed.TotalSeconds;
            var (whole, total) = ParagraphsInOrder(text, truth);
            Console.WriteLine($"| {name} | {times.Order().ElementAt(times.Count / 2):F2} s | {allocated / (1024.0 * 1024.0):F0} MiB | {printedSeconds:F2} s | {whole} of {total} ({100.0 * whole / total:F1}%) |");
        }

        return 0;
    }

    private static async Task ReadAllAsync(IDocumentReader reader, List<string> pdfs)
    {
        foreach (var pdf in pdfs)
        {
            _ = LayoutAnalyzer.Analyze((await reader.ReadAsync(pdf, CancellationToken.None)).Pages);
        }
    }

    /// <summary>
    /// Paragraphs whose first words are found after the previous paragraph found, and whose last words follow
    /// before the next paragraph's first words: whole (not cut by a foreign line) and in order.
    /// </summary>
    private static (int Whole, int Total) ParagraphsInOrder(DocumentText text, string truthPath)
    {
        var document = Squash(string.Join("\n", text.Pages.Select(p => p.Text)));
        using var json = JsonDocument.Parse(File.ReadAllText(truthPath));
        var whole = 0;
        var total = 0;
        var cursor = 0;
        foreach (var section in json.RootElement.GetProperty("sections").EnumerateArray())
        {
            var starts = section.GetProperty("paragraphs").EnumerateArray().Select(e => Squash(e.GetString()!)).ToList();
            var ends = section.GetProperty("paragraph_ends").EnumerateArray().Select(e => Squash(e.GetString()!)).ToList();
            for (var i = 0; i < starts.Count; i++)
            {
                total++;
                var start = document.IndexOf(starts[i], cursor, StringComparison.Ordinal);
                var end = start < 0 ? -1 : document.IndexOf(ends[i], start, StringComparison.Ordinal);
                var next = i + 1 < starts.Count && start >= 0 ? document.IndexOf(starts[i + 1], start + starts[i].Length, StringComparison.Ordinal) : -1;
                if (start >= 0 && end >= 0 && (next < 0 || next >= end))
                {
                    whole++;
                    cursor = end;
                }
            }
        }

        return (whole, total);
    }

    private static string Squash(string text) => string.Concat(text.Replace('\u2009', ' ').Where(c => !char.IsWhiteSpace(c) && c != '-'));
}
