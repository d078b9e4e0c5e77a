using Microsoft.Extensions.AI;

namespace Eligibility.Core.Retrieval;

/// <summary>The embedder when none is configured: it returns no vectors, so retrieval and ingestion stay lexical.</summary>
public sealed class NoEmbeddings : IEmbeddingGenerator<string, Embedding<float>>
{
    public static NoEmbeddings Instance { get; } = new();

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(new GeneratedEmbeddings<Embedding<float>>());

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }
}
