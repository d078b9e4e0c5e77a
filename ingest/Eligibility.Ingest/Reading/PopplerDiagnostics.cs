using System.Text.RegularExpressions;

namespace Eligibility.Ingest.Reading;

/// <summary>
/// What Poppler said on stderr about a file it still read: syntax and internal errors mean damaged content, and
/// text on the pages concerned may be missing or garbled. Poppler does not say which page most errors belong
/// to, so when there are any, each page is re-read on its own (<c>pdftotext</c>, one per core) to name them.
/// </summary>
internal static partial class PopplerDiagnostics
{
    /// <summary>The lines of <paramref name="stderr"/> that report damage.</summary>
    public static IReadOnlyList<string> Problems(string stderr) =>
        [.. stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => Problem().IsMatch(l))];

    /// <summary>Whether the problems are only the rebuilt cross-reference table, which loses nothing when the pages all read.</summary>
    public static bool OnlyRebuiltXref(IReadOnlyList<string> problems) => problems.All(p => Xref().IsMatch(p));

    /// <summary>The pages (1-based) on which Poppler reports damage when it reads each page alone.</summary>
    public static async Task<IReadOnlyList<int>> DamagedPagesAsync(string path, int pageCount, CancellationToken ct)
    {
        var damaged = new List<int>();
        // ExternalTool runs no more of them at once than there are cores.
        var reads = Enumerable.Range(1, pageCount).Select(async page =>
        {
            var number = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var result = await ExternalTool.RunAsync("pdftotext", ["-f", number, "-l", number, path, "-"], ct);
            var problems = Problems(result.StdErr).Where(p => !Xref().IsMatch(p)).ToList();
            if (result.ExitCode != 0 || problems.Count > 0)
            {
                lock (damaged)
                {
                    damaged.Add(page);
                }
            }
        });
        await Task.WhenAll(reads);
        damaged.Sort();
        return damaged;
    }

    /// <summary>The pages Poppler names in its complaints ("Kid object (page 3) is wrong type"), in order.</summary>
    public static IReadOnlyList<int> PagesNamed(string stderr) =>
        [.. Problems(stderr).SelectMany(p => NamedPage().Matches(p)).Select(m => int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order()];

    /// <summary>The first problem without its byte offset, short enough to read in a warning.</summary>
    public static string Example(IReadOnlyList<string> problems)
    {
        var first = Offset().Replace(problems.FirstOrDefault(p => !Xref().IsMatch(p)) ?? problems[0], ":");
        return first.Length > 120 ? first[..117] + "…" : first;
    }

    [GeneratedRegex(@"^(?:Syntax Error|Syntax Warning|Internal Error|Error)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Problem();

    [GeneratedRegex(@"\(page (?<n>\d+)\)")]
    private static partial Regex NamedPage();

    [GeneratedRegex(@"xref|reconstruct|trailer", RegexOptions.IgnoreCase)]
    private static partial Regex Xref();

    [GeneratedRegex(@"\s*\(\d+\):")]
    private static partial Regex Offset();
}
