using Eligibility.Infrastructure.Embeddings;

namespace Eligibility.Tests.Embeddings;

/// <summary>Options pointing at a loopback server, with retry delays short enough for tests.</summary>
internal static class EmbeddingTestOptions
{
    public const string Key = "sk-test-SECRET-4f9c2a71";

    public static EmbeddingOptions For(LoopbackEmbeddingServer server, string provider = EmbeddingProviders.OpenAi, string? apiKey = Key) => new()
    {
        Provider = provider,
        BaseUrl = server.BaseUrl,
        Model = provider == EmbeddingProviders.OpenAi ? "test-model" : null,
        ApiKey = apiKey,
        TimeoutSeconds = 5,
        RetryDelay = TimeSpan.FromMilliseconds(10),
        MaxRetryDelay = TimeSpan.FromMilliseconds(50),
    };
}
