using System.Diagnostics;
using System.Security.Cryptography;
using Eligibility.Core.Manuals;
using Eligibility.Core.Retrieval;
using Eligibility.Ingest.Reading;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Eligibility.Ingest.Pipeline;

/// <summary>
/// Ingests one file as one manual version: parse, skip if unchanged, embed (when configured), index, stage,
/// and publish. Staging and publishing each commit with their audit entry. A failure or a crash at any step
/// leaves the catalogue as it was: staged data is invisible until the atomic publish, and vectors of a version
/// that never staged are never searched (and are removed when the failure is seen).
/// </summary>
public sealed class IngestionPipeline(
    ManualParser parser,
    IManualStore store,
    IPassageIndex index,
    ILogger<IngestionPipeline> logger,
    TimeProvider clock,
    IEmbeddingGenerator<string, Embedding<float>> embedder)
{
    public async Task<IngestOutcome> IngestAsync(IngestRequest request, bool publish, CancellationToken ct, IProgress<IngestProgress>? progress = null)
    {
        var watch = Stopwatch.StartNew();
        var key = new ManualVersionKey(request.ManualId, request.Version);
        try
        {
            var invalid = ManualIdentity.CheckManualId(request.ManualId) ?? ManualIdentity.CheckVersion(request.Version);
            if (invalid is not null)
            {
                return Failed(invalid);
            }

            if (!File.Exists(request.File))
            {
                return Failed($"{Path.GetFileName(request.File)}: file not found");
            }

            var sha = await Sha256Async(request.File, ct);
            var existing = await store.FindVersionAsync(key, ct);
            if (existing is not null && existing.SourceSha256 == sha)
            {
                if (publish && existing.Status == VersionStatus.Staged)
                {
                    // Staged earlier (or by a run that stopped before publishing): publishing is all that is left.
                    await store.PublishAsync(key, Actor, ct);
                    return Done(IngestStatus.Published, existing.PageCount, existing.PassageCount, existing.Warnings);
                }

                return Done(IngestStatus.Unchanged, existing.PageCount, existing.PassageCount, []);
            }

            progress?.Report(new IngestProgress("reading", 0, 0));
            var parsed = await parser.ParseAsync(request, ct);
            progress?.Report(new IngestProgress("read", parsed.Pages.Count, parsed.Passages.Count));
            var identical = existing?.ContentHash == parsed.ContentHash ? existing
                : (await store.ListVersionsAsync(request.ManualId, ct)).LastOrDefault(v => v.Status == VersionStatus.Published && v.ContentHash == parsed.ContentHash);
            if (identical is { Status: VersionStatus.Staged } && identical.Key == key && publish)
            {
                await store.PublishAsync(key, Actor, ct);
                return Done(IngestStatus.Published, identical.PageCount, identical.PassageCount, identical.Warnings);
            }

            if (identical is not null)
            {
                return Done(IngestStatus.Unchanged, identical.PageCount, identical.PassageCount, [$"content is identical to version {identical.Version}; nothing written", .. parsed.Warnings]);
            }

            if (existing is not null && existing.Status != VersionStatus.Staged)
            {
                return Failed($"{Path.GetFileName(request.File)}: version {request.Version} of {request.ManualId} is already {existing.Status.ToString().ToLowerInvariant()} with different content; ingest it under a new version label");
            }

            progress?.Report(new IngestProgress("indexing", parsed.Pages.Count, parsed.Passages.Count));
            var vectors = await EmbedAsync(parsed, ct);
            var version = new ManualVersion(request.ManualId, request.Version, request.Title, request.EffectiveDate, VersionStatus.Staged,
                parsed.ContentHash, Path.GetFileName(request.File), sha, parsed.Pages.Count, parsed.Passages.Count, clock.GetUtcNow(), null, parsed.Warnings);
            try
            {
                await index.IndexAsync(key, parsed.Passages, vectors, ct);
                progress?.Report(new IngestProgress("staging", parsed.Pages.Count, parsed.Passages.Count));
                var source = new ManualSource(Path.GetFileName(request.File), await File.ReadAllBytesAsync(request.File, ct));
                await store.StageAsync(version, parsed.Pages, parsed.Passages, source, Actor, ct);
            }
            catch
            {
                await index.RemoveAsync(key, CancellationToken.None);
                throw;
            }

            if (publish)
            {
                await store.PublishAsync(key, Actor, ct);
            }

            IngestLog.Ingested(logger, key.ToString(), parsed.Pages.Count, parsed.Passages.Count, watch.ElapsedMilliseconds);
            return Done(publish ? IngestStatus.Published : IngestStatus.Staged, parsed.Pages.Count, parsed.Passages.Count, parsed.Warnings);
        }
        catch (UnreadableDocumentException e)
        {
            return Failed(e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            IngestLog.Failed(logger, request.File, e);
            return Failed($"{Path.GetFileName(request.File)}: {e.Message}") with { Transient = IngestOutcome.IsTransient(e) };
        }

        IngestOutcome Done(IngestStatus status, int pages, int passages, IReadOnlyList<string> warnings) =>
            new(request.File, key, status, pages, passages, warnings, null, watch.Elapsed);

        IngestOutcome Failed(string error) =>
            new(request.File, key, IngestStatus.Failed, 0, 0, [], error, watch.Elapsed);
    }

    /// <summary>Who stages and publishes from this process, as the audit log records it.</summary>
    private static string Actor => Environment.UserName;

    /// <summary>The passages' vectors, or null when no embedder is configured (it returns none).</summary>
    private async Task<IReadOnlyList<ReadOnlyMemory<float>>?> EmbedAsync(ParsedManual parsed, CancellationToken ct)
    {
        var vectors = new List<ReadOnlyMemory<float>>(parsed.Passages.Count);
        foreach (var batch in parsed.Passages.Chunk(64))
        {
            var embeddings = await embedder.GenerateAsync(batch.Select(p => p.ContextHeader + "\n" + p.Text), cancellationToken: ct);
            if (embeddings.Count == 0)
            {
                return null;
            }

            vectors.AddRange(embeddings.Select(e => e.Vector));
        }

        return vectors;
    }

    private static async Task<string> Sha256Async(string file, CancellationToken ct)
    {
        await using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }
}
