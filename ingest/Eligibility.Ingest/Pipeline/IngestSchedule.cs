namespace Eligibility.Ingest.Pipeline;

/// <summary>
/// How several files are ingested at once. They start largest first (longest-processing-time scheduling), so the
/// last file to start is a small one and no core idles while another finishes a large manual. Twice as many files
/// as cores are in flight, while the PDF converters are held to one per core (<c>ExternalTool</c>): when a file's
/// conversion ends, the next file's starts at once, and the first file is parsed, chunked and stored alongside.
/// Outcomes are reported in the order asked.
/// </summary>
public static class IngestSchedule
{
    public static IReadOnlyList<IngestRequest> LargestFirst(IReadOnlyList<IngestRequest> requests) =>
        [.. LargestFirstOrder(requests).Select(i => requests[i])];

    /// <summary>Ingests <paramref name="requests"/>, calling <paramref name="finished"/> (from any thread) as each ends.</summary>
    public static async Task<IReadOnlyList<IngestOutcome>> RunAsync(
        IngestionPipeline pipeline, IReadOnlyList<IngestRequest> requests, bool publish, Action<IngestOutcome>? finished, CancellationToken ct)
    {
        var outcomes = new IngestOutcome[requests.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 2 * Environment.ProcessorCount, CancellationToken = ct };
        await Parallel.ForEachAsync(LargestFirstOrder(requests), parallel, async (i, token) =>
        {
            outcomes[i] = await pipeline.IngestAsync(requests[i], publish, token);
            finished?.Invoke(outcomes[i]);
        });
        return outcomes;
    }

    private static IReadOnlyList<int> LargestFirstOrder(IReadOnlyList<IngestRequest> requests) =>
        [.. requests.Select((r, i) => (Size: SizeOf(r.File), Index: i)).OrderByDescending(x => x.Size).ThenBy(x => x.Index).Select(x => x.Index)];

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
