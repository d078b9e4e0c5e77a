namespace Eligibility.Ingest.Pipeline;

/// <summary>
/// The order in which files start when several are ingested at once: largest first (longest-processing-time
/// scheduling), so the last file to start is a small one and no core idles while another finishes a large manual.
/// Results are still reported in the order asked.
/// </summary>
public static class IngestSchedule
{
    public static IReadOnlyList<IngestRequest> LargestFirst(IEnumerable<IngestRequest> requests) =>
        [.. requests.Select((r, i) => (Request: r, Size: SizeOf(r.File), Index: i))
            .OrderByDescending(x => x.Size).ThenBy(x => x.Index).Select(x => x.Request)];

    // A file that cannot be measured goes last; ingesting it reports why it cannot be read.
    private static long SizeOf(string file)
    {
        try
        {
            return new FileInfo(file).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return -1;
        }
    }
}
