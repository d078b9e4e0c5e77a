using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Eligibility.Infrastructure.Embeddings;

/// <summary>Builds the configured embedding adapter from <see cref="EmbeddingOptions"/>.</summary>
public static class EmbeddingGeneratorFactory
{
    /// <summary>
    /// Creates the generator named by <see cref="EmbeddingOptions.Provider"/> (case-insensitive): <c>openai</c> or <c>voyage</c>;
    /// returns null for <c>none</c> (or an empty provider), meaning retrieval runs on BM25 alone.
    /// </summary>
    /// <param name="options">The bound <c>Embeddings</c> section.</param>
    /// <param name="httpClient">A client to send requests with; it is not disposed by the generator. Null: the generator creates and owns one.</param>
    /// <param name="loggerFactory">Optional, for retry warnings.</param>
    /// <exception cref="ArgumentException">The provider is unknown, or a setting is out of range.</exception>
    public static IEmbeddingGenerator<string, Embedding<float>>? Create(EmbeddingOptions options, HttpClient? httpClient = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var provider = string.IsNullOrWhiteSpace(options.Provider) ? EmbeddingProviders.None : options.Provider.Trim().ToLowerInvariant();
        return provider switch
        {
            EmbeddingProviders.None => null,
            EmbeddingProviders.OpenAi => new OpenAiCompatibleEmbeddingGenerator(options, httpClient, loggerFactory?.CreateLogger<OpenAiCompatibleEmbeddingGenerator>()),
            EmbeddingProviders.Voyage => new VoyageEmbeddingGenerator(options, httpClient, loggerFactory?.CreateLogger<VoyageEmbeddingGenerator>()),
            _ => throw new ArgumentException(
                $"Embeddings:Provider '{options.Provider}' is not supported; allowed values: {string.Join(", ", EmbeddingProviders.All)}.", nameof(options)),
        };
    }
}
