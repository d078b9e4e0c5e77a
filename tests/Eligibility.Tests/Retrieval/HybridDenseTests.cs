using Eligibility.Core.Retrieval;
using Eligibility.Ingest.Pipeline;
using Eligibility.Tests.Support;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;

namespace Eligibility.Tests.Retrieval;

/// <summary>With an embedder configured, ingestion stores vectors and retrieval fuses dense hits with BM25, within the as-of scope.</summary>
public sealed class HybridDenseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Dense_hits_are_fused_and_stay_within_the_versions_in_effect()
    {
        using var data = new TempDataFolder();
        using var embedder = new HashingEmbedder();
        var pipeline = new IngestionPipeline(ManualParser.CreateDefault(), data.Store, data.Index, NullLogger<IngestionPipeline>.Instance, TimeProvider.System, embedder);
        await pipeline.IngestAsync(SampleManuals.Handbook2025, publish: true, Ct);
        await pipeline.IngestAsync(SampleManuals.Handbook2026, publish: true, Ct);
        var retriever = new HybridRetriever(data.Store, data.Index, TimeProvider.System, embedder, new RetrievalOptions());

        var hits = await retriever.RetrieveAsync(new RetrievalRequest("property limit for one person", new DateOnly(2026, 3, 1)), Ct);

        Assert.True(embedder.Calls > 1, "ingestion and the question should both be embedded");
        Assert.Contains(hits, h => h.DenseRank is not null);
        Assert.All(hits, h => Assert.Equal("2026-01-01", h.Passage.Version));
        Assert.Equal("4.1", hits[0].Passage.SectionNumber);
    }

    /// <summary>A deterministic bag-of-words embedder: each word stem adds to one of 64 dimensions.</summary>
    private sealed class HashingEmbedder : IEmbeddingGenerator<string, Embedding<float>>
    {
        public int Calls { get; private set; }

        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            Calls++;
            var embeddings = values.Select(text =>
            {
                var vector = new float[64];
                foreach (var term in LexicalTokens.Of(text))
                {
                    vector[(int)((uint)StringComparer.Ordinal.GetHashCode(term) % 64)] += 1;
                }

                return new Embedding<float>(vector);
            });
            return Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(embeddings));
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
