using System.Diagnostics;
using System.Globalization;
using Eligibility.Infrastructure;
using Eligibility.Ingest.Pipeline;
using Eligibility.Ingest.Reading;
using Microsoft.Extensions.Logging.Abstractions;

namespace Eligibility.Benchmarks;

/// <summary>
/// Ingestion of a manifest (default: the shared corpus) into a fresh data folder, side by side with plain
/// <c>pdftotext</c> and with the reader alone (<c>pdftohtml -xml</c>, as the product runs it) on the same PDFs in the same
/// run, each at the same parallelism. Reports the median of several runs and peak memory. The fresh database is created
/// and migrated before the clock starts: what is timed is ingesting the files.
/// </summary>
internal static class IngestionBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var manifest = Path.GetFullPath(args.Length > 0 ? args[0] : Path.Combine("..", "shared", "corpus", "manifest.json"));
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        if (!File.Exists(manifest))
        {
            Console.Error.WriteLine($"manifest not found: {manifest}");
            return 2;
        }

        // The product's own schedule (largest first), given to every tool timed here.
        var requests = IngestSchedule.LargestFirst(Manifest.Read(manifest));
        var pdfs = requests.Select(r => r.File).Where(f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)).ToList();
        Console.WriteLine($"Ingestion benchmark: {requests.Count} files from {manifest}, {runs} runs, {Environment.ProcessorCount} cores");

        // Warm-up until the hot code is fully optimised (tiered JIT) and the files are in the page cache: at least four
        // ingestions, then until the process's own CPU time per ingestion stops falling (JIT work counts there).
        var warmUps = new List<double>();
        while (warmUps.Count < 4 || (warmUps.Count < 12 && warmUps[^1] < 0.9 * warmUps[^2]))
        {
            warmUps.Add((await IngestOnceAsync(requests)).OwnCpuSeconds);
        }

        Console.WriteLine($"warm-up: {warmUps.Count} ingestions (own CPU per ingestion: {string.Join(", ", warmUps.Select(c => c.ToString("F2", CultureInfo.InvariantCulture)))} s)");
        var pdftotext = new List<double>();
        var pdftotextParallel = new List<double>();
        var readerParallel = new List<double>();
        var productReader = new List<double>();
        var parsing = new List<double>();
        var ingest = new List<double>();
        var ownCpu = new List<double>();
        var childCpu = new List<double>();
        var pages = 0;
        var passages = 0;
        for (var i = 0; i < runs; i++)
        {
            pdftotext.Add(await TimeAsync(() => PdfToTextAsync(pdfs, 1)));
            pdftotextParallel.Add(await TimeAsync(() => PdfToTextAsync(pdfs, Environment.ProcessorCount)));
            readerParallel.Add(await TimeAsync(() => ReaderAloneAsync(pdfs, Environment.ProcessorCount)));
            productReader.Add(await TimeAsync(() => ProductReaderAsync(pdfs, Environment.ProcessorCount), ReaderCpu));
            parsing.Add(await TimeAsync(() => ParseAsync(requests, 2 * Environment.ProcessorCount), ParseCpu));
            double seconds, cpu, children;
            (pages, passages, seconds, cpu, children) = await IngestOnceAsync(requests);
            ingest.Add(seconds);
            ownCpu.Add(cpu);
            childCpu.Add(children);
        }

        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        var median = Median(ingest);
        Console.WriteLine();
        Console.WriteLine("| measure | value |");
        Console.WriteLine("|---|---|");
        Console.WriteLine($"| pages / passages | {pages} / {passages} |");
        Console.WriteLine($"| pdftotext alone, one file at a time (median) | {Median(pdftotext):F2} s |");
        Console.WriteLine($"| pdftotext alone, {Environment.ProcessorCount} files at a time (median) | {Median(pdftotextParallel):F2} s |");
        Console.WriteLine($"| pdftohtml -xml alone (the reader), {Environment.ProcessorCount} files at a time (median) | {Median(readerParallel):F2} s ({Median(readerParallel) / Median(pdftotextParallel):F2}× pdftotext) |");
        Console.WriteLine($"| the product's PDF reader (pdftohtml, its diagnostics, page cross-check with PdfPig), {Environment.ProcessorCount} files at a time (median) | {Median(productReader):F2} s |");
        Console.WriteLine($"| reading and parsing into passages, nothing stored, {Environment.ProcessorCount} conversions at a time (median) | {Median(parsing):F2} s |");
        Console.WriteLine($"| ingestion into a fresh index, {Environment.ProcessorCount} conversions at a time, as the product schedules files (median) | {median:F2} s |");
        Console.WriteLine($"| own CPU time (child processes excluded, median): reader {Median(ReaderCpu):F2} s, reader and parser {Median(ParseCpu):F2} s |");
        Console.WriteLine($"| CPU time per ingestion (median): the ingesting process's own, and its child processes' (Poppler) | {Median(ownCpu):F2} s, {Median(childCpu):F2} s |");
        Console.WriteLine($"| ingestion / pdftotext at equal parallelism | {median / Median(pdftotextParallel):F2}× (per run: {string.Join(", ", ingest.Zip(pdftotextParallel, (a, b) => (a / b).ToString("F2", CultureInfo.InvariantCulture)))}) |");
        Console.WriteLine($"| ingestion / pdftotext one at a time | {median / Median(pdftotext):F2}× |");
        Console.WriteLine($"| pages/s, passages/s | {pages / median:F0}, {passages / median:F0} |");
        Console.WriteLine($"| peak working set of the ingesting process | {peak:F0} MiB |");
        return 0;
    }

    private static async Task<(int Pages, int Passages, double Seconds, double OwnCpuSeconds, double ChildCpuSeconds)> IngestOnceAsync(IReadOnlyList<IngestRequest> requests)
    {
        var folder = Directory.CreateTempSubdirectory("eligibility-bench-");
        try
        {
            using var embedded = new BenchServices(folder.FullName);
            var pipeline = embedded.Pipeline;
            await embedded.Store.ListVersionsAsync(null, CancellationToken.None); // creates and migrates the database
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var children = ChildrenCpu();
            var watch = Stopwatch.StartNew();
            var outcomes = await IngestSchedule.RunAsync(pipeline, requests, publish: true, null, CancellationToken.None);
            watch.Stop();
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            children = ChildrenCpu() - children;
            var failed = outcomes.Where(o => !o.Succeeded).ToList();
            if (failed.Count > 0)
            {
                throw new InvalidOperationException(string.Join("; ", failed.Select(f => f.Error)));
            }

            return (outcomes.Sum(o => o.Pages), outcomes.Sum(o => o.Passages), watch.Elapsed.TotalSeconds, cpu.TotalSeconds, children);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    /// <summary>CPU seconds of this process's finished child processes (Linux: /proc/self/stat cutime + cstime); NaN elsewhere.</summary>
    private static double ChildrenCpu()
    {
        if (!File.Exists("/proc/self/stat"))
        {
            return double.NaN;
        }

        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (double.Parse(fields[13], CultureInfo.InvariantCulture) + double.Parse(fields[14], CultureInfo.InvariantCulture)) / 100.0; // clock ticks, USER_HZ = 100
    }

    private static async Task PdfToTextAsync(List<string> pdfs, int parallelism) =>
        await Parallel.ForEachAsync(pdfs, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (pdf, ct) =>
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", [pdf, "-"]) { RedirectStandardOutput = true, UseShellExecute = false })!;
            await process.StandardOutput.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
        });

    private static async Task ReaderAloneAsync(List<string> pdfs, int parallelism) =>
        await Parallel.ForEachAsync(pdfs, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (pdf, ct) =>
        {
            using var process = Process.Start(new ProcessStartInfo("pdftohtml", ["-xml", "-i", "-stdout", "-nodrm", "-fontfullname", "-zoom", "1.5", pdf]) { RedirectStandardOutput = true, UseShellExecute = false })!;
            await process.StandardOutput.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
        });

    private static async Task ProductReaderAsync(List<string> pdfs, int parallelism)
    {
        var reader = new PopplerPdfReader();
        await Parallel.ForEachAsync(pdfs, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (pdf, ct) => await reader.ReadAsync(pdf, ct));
    }

    private static async Task ParseAsync(IReadOnlyList<IngestRequest> requests, int parallelism)
    {
        var parser = ManualParser.CreateDefault();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (r, ct) => await parser.ParseAsync(r, ct));
    }

    private static readonly List<double> ReaderCpu = [];
    private static readonly List<double> ParseCpu = [];

    private static async Task<double> TimeAsync(Func<Task> action, List<double>? ownCpu = null)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        await action();
        ownCpu?.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
        return watch.Elapsed.TotalSeconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
