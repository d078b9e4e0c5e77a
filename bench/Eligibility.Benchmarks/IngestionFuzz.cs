using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Eligibility.Benchmarks;

/// <summary>
/// Damages copies of the corpus PDFs (byte flips, truncations, deleted and duplicated objects, broken xref) and
/// ingests each with the CLI, as its own process under a time limit. Reports stack traces, hangs, tools left
/// running after the ingester ended, and text lost without a warning: fewer pages or passages than the
/// unmutated file gave, with no warning about damage. Exits 1 when any of those happened.
/// </summary>
internal static partial class IngestionFuzz
{
    private static readonly string[] Kinds = ["byte-flips", "truncation", "deleted-object", "duplicated-object", "broken-xref"];

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: fuzz <eligibility-ingest.dll> <folder of PDFs> [mutations=150] [seconds per file=180] [seed=1]");
            return 2;
        }

        var cli = Path.GetFullPath(args[0]);
        var pdfs = Directory.GetFiles(args[1], "*.pdf").Order(StringComparer.Ordinal).ToList();
        var count = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 150;
        var limit = TimeSpan.FromSeconds(args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 180);
        var random = new Random(args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 1);
        var work = Directory.CreateTempSubdirectory("eligibility-fuzz-");
        Console.WriteLine($"Ingestion fuzz: {count} mutations of {pdfs.Count} PDFs, {limit.TotalSeconds:F0} s limit per file, work folder {work.FullName}");

        var baselines = new Dictionary<string, Run>();
        foreach (var pdf in pdfs)
        {
            var run = await IngestAsync(cli, pdf, work.FullName, limit);
            if (!run.Succeeded)
            {
                Console.Error.WriteLine($"the unmutated {Path.GetFileName(pdf)} did not ingest: {run.Error ?? run.Output}");
                return 2;
            }

            baselines[pdf] = run;
            Console.WriteLine($"  baseline {Path.GetFileName(pdf)}: {run.Pages} pages, {run.Passages} passages");
        }

        var cases = new List<(string Source, string Kind, string File)>();
        for (var i = 0; i < count; i++)
        {
            var source = pdfs[i % pdfs.Count];
            var kind = Kinds[i / pdfs.Count % Kinds.Length];
            var file = Path.Combine(work.FullName, $"{i:D3}-{kind}-{Path.GetFileName(source)}");
            File.WriteAllBytes(file, Mutate(File.ReadAllBytes(source), kind, random));
            cases.Add((source, kind, file));
        }

        var results = new ConcurrentBag<(string Source, string Kind, string File, Run Run)>();
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (c, _) =>
            results.Add((c.Source, c.Kind, c.File, await IngestAsync(cli, c.File, work.FullName, limit))));

        var problems = new List<string>();
        Console.WriteLine();
        Console.WriteLine("| mutation | files | failed with a reason | ingested with a damage warning | ingested clean | stack traces | hangs | tools left running | lost text without a warning |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var kind in Kinds)
        {
            var of = results.Where(r => r.Kind == kind).ToList();
            var lost = of.Where(r => r.Run.Succeeded && r.Run.DamageWarnings == 0 && Lost(r.Run, baselines[r.Source])).ToList();
            Console.WriteLine($"| {kind} | {of.Count} | {of.Count(r => r.Run.Status == "failed")} | {of.Count(r => r.Run.Succeeded && r.Run.DamageWarnings > 0)} | {of.Count(r => r.Run.Succeeded && r.Run.DamageWarnings == 0)} | {of.Count(r => r.Run.StackTrace)} | {of.Count(r => r.Run.Hung)} | {of.Count(r => r.Run.LeftRunning > 0)} | {lost.Count} |");
            problems.AddRange(of.Where(r => r.Run.StackTrace).Select(r => $"stack trace: {Path.GetFileName(r.File)}"));
            problems.AddRange(of.Where(r => r.Run.Hung).Select(r => $"hang: {Path.GetFileName(r.File)}"));
            problems.AddRange(of.Where(r => r.Run.LeftRunning > 0).Select(r => $"{r.Run.LeftRunning} tool(s) left running: {Path.GetFileName(r.File)}"));
            problems.AddRange(lost.Select(r => $"lost without a warning: {Path.GetFileName(r.File)} ({r.Run.Pages}/{baselines[r.Source].Pages} pages, {r.Run.Passages}/{baselines[r.Source].Passages} passages)"));
        }

        Console.WriteLine();
        Console.WriteLine("Failure reasons (most common):");
        foreach (var reason in results.Where(r => r.Run.Status == "failed").GroupBy(r => Reason(r.Run.Error)).OrderByDescending(g => g.Count()).Take(8))
        {
            Console.WriteLine($"  {reason.Count(),3}  {reason.Key}");
        }

        foreach (var problem in problems)
        {
            Console.WriteLine($"PROBLEM {problem}");
        }

        Console.WriteLine(problems.Count == 0 ? $"OK: {results.Count} damaged files, no stack trace, hang, tool left running or silent loss." : $"{problems.Count} problem(s); the files are kept in {work.FullName}");
        if (problems.Count == 0)
        {
            work.Delete(recursive: true);
        }

        return problems.Count == 0 ? 0 : 1;
    }

    /// <summary>Fewer pages or passages than the unmutated file gave.</summary>
    private static bool Lost(Run run, Run baseline) => run.Pages < baseline.Pages || run.Passages < baseline.Passages;

    private static string Reason(string? error) => error is null ? "(none)" : DigitsOrName().Replace(error, "#");

    private static byte[] Mutate(byte[] pdf, string kind, Random random)
    {
        switch (kind)
        {
            case "byte-flips":
                var flipped = (byte[])pdf.Clone();
                for (var n = random.Next(1, 60); n > 0; n--)
                {
                    flipped[random.Next(1024, flipped.Length)] = (byte)random.Next(256);
                }

                return flipped;
            case "truncation":
                return pdf[..(int)(pdf.Length * (0.3 + (random.NextDouble() * 0.69)))];
            case "deleted-object":
            case "duplicated-object":
                var objects = Objects(pdf);
                var (start, end) = objects[random.Next(objects.Count)];
                return kind == "deleted-object" ? [.. pdf[..start], .. pdf[end..]] : [.. pdf[..end], .. pdf[start..end], .. pdf[end..]];
            default:
                return BreakXref(pdf, random);
        }
    }

    /// <summary>Every "N G obj … endobj" range of the file.</summary>
    private static List<(int Start, int End)> Objects(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var ranges = new List<(int, int)>();
        foreach (Match m in ObjectStart().Matches(text))
        {
            var end = text.IndexOf("endobj", m.Index, StringComparison.Ordinal);
            if (end > 0)
            {
                ranges.Add((m.Index, end + "endobj".Length));
            }
        }

        return ranges;
    }

    /// <summary>Wrong offsets in the xref table (or a wrong startxref when there is no table).</summary>
    private static byte[] BreakXref(byte[] pdf, Random random)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var broken = (byte[])pdf.Clone();
        var entries = XrefEntry().Matches(text).ToList();
        if (entries.Count > 0 && random.Next(3) > 0)
        {
            foreach (var entry in entries.Where(_ => random.NextDouble() < 0.5))
            {
                var digits = random.NextInt64(0, 10_000_000_000).ToString("D10", CultureInfo.InvariantCulture);
                Encoding.Latin1.GetBytes(digits).CopyTo(broken, entry.Index);
            }

            return broken;
        }

        var startxref = text.LastIndexOf("startxref", StringComparison.Ordinal);
        if (startxref > 0)
        {
            var at = startxref + "startxref".Length + 1;
            for (var i = at; i < broken.Length && char.IsDigit((char)broken[i]); i++)
            {
                broken[i] = (byte)('0' + random.Next(10));
            }
        }

        return broken;
    }

    private static async Task<Run> IngestAsync(string cli, string pdf, string work, TimeSpan limit)
    {
        var data = Directory.CreateTempSubdirectory("eligibility-fuzz-data-");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])[cli, "add", pdf, "--manual", "fuzz", "--title", "Fuzz", "--version", "v1", "--effective", "2019-10-01", "--publish", "--json", "--data", data.FullName])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        var hung = false;
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            hung = true;
            process.Kill(entireProcessTree: false); // like a crash: the tools must end by themselves
            await process.WaitForExitAsync();
        }

        var output = await stdout + await stderr;
        await Task.Delay(TimeSpan.FromSeconds(2.5)); // the guard polls its owner once a second
        var left = LeftRunning(pdf);
        data.Delete(recursive: true);
        var run = new Run { Output = output, Hung = hung, LeftRunning = left, StackTrace = StackTraceLine().IsMatch(output) || output.Contains("Unhandled exception", StringComparison.Ordinal) };
        try
        {
            using var json = JsonDocument.Parse(await stdout);
            var file = json.RootElement.GetProperty("files")[0];
            return run with
            {
                Status = file.GetProperty("status").GetString(),
                Pages = file.GetProperty("pages").GetInt32(),
                Passages = file.GetProperty("passages").GetInt32(),
                Error = file.TryGetProperty("error", out var e) ? e.GetString() : null,
                DamageWarnings = file.GetProperty("warnings").EnumerateArray().Count(w => DamageWarning().IsMatch(w.GetString() ?? "")),
            };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException)
        {
            return run with { Status = hung ? "Hung" : "Unreadable output" };
        }
    }

    /// <summary>Processes still running with the file in their command line (pdftohtml, pdftotext, pdftoppm, pdfinfo).</summary>
    private static int LeftRunning(string pdf)
    {
        using var pgrep = Process.Start(new ProcessStartInfo("pgrep", ["-f", "-c", "--", Regex.Escape(pdf)]) { RedirectStandardOutput = true, UseShellExecute = false })!;
        var output = pgrep.StandardOutput.ReadToEnd();
        pgrep.WaitForExit();
        return int.TryParse(output.Trim(), CultureInfo.InvariantCulture, out var n) ? n : 0;
    }

    private sealed record Run
    {
        public string? Status { get; init; }
        public int Pages { get; init; }
        public int Passages { get; init; }
        public string? Error { get; init; }
        public int DamageWarnings { get; init; }
        public bool StackTrace { get; init; }
        public bool Hung { get; init; }
        public int LeftRunning { get; init; }
        public string Output { get; init; } = "";
        public bool Succeeded => Status is "published" or "staged" or "unchanged";
    }

    [GeneratedRegex(@"\n(\d+) (\d+) obj\b")]
    private static partial Regex ObjectStart();

    [GeneratedRegex(@"(?m)^\d{10}(?= \d{5} [nf])")]
    private static partial Regex XrefEntry();

    [GeneratedRegex(@"(?m)^\s+at [\w.<>`]+[.(]")]
    private static partial Regex StackTraceLine();

    [GeneratedRegex(@"damaged|declares|no extractable text|OCR|rebuilt|could not be read", RegexOptions.IgnoreCase)]
    private static partial Regex DamageWarning();

    [GeneratedRegex(@"\d+|\S+\.pdf")]
    private static partial Regex DigitsOrName();
}
