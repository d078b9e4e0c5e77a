namespace Eligibility.Infrastructure.Embeddings;

/// <summary>
/// Settings for the dense-vector embedding provider, bound from the configuration section <c>Embeddings</c>.
/// The API key is never logged, never put in exception messages, and is hidden by <see cref="ToString"/>.
/// </summary>
public sealed class EmbeddingOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Embeddings";

    /// <summary>Provider name: <c>none</c> (no dense vectors, BM25 only), <c>openai</c> (any OpenAI-compatible server: OpenAI, TEI, Ollama, vLLM) or <c>voyage</c>.</summary>
    public string Provider { get; set; } = EmbeddingProviders.None;

    /// <summary>Server root, e.g. <c>http://127.0.0.1:8080</c> or <c>https://api.openai.com/v1</c>; <c>/v1/embeddings</c> is appended (without doubling <c>/v1</c>). Voyage defaults to <c>https://api.voyageai.com</c>, OpenAI to <c>https://api.openai.com</c>.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>Model identifier sent with every request. Required for <c>openai</c>; Voyage defaults to <c>voyage-3</c>.</summary>
    public string? Model { get; set; }

    /// <summary>Bearer token; optional for local servers (TEI, Ollama, vLLM). Never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Requested vector size, for models that support shortening (sent as <c>dimensions</c> / Voyage <c>output_dimension</c>); null leaves the model's default.</summary>
    public int? Dimensions { get; set; }

    /// <summary>Maximum number of inputs per HTTP request; larger calls are split.</summary>
    public int BatchSize { get; set; } = 64;

    /// <summary>Timeout of a single HTTP attempt, in seconds.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>How many times a request is retried after 429, 5xx, a network error or a timeout (so at most 1 + this many attempts).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Base delay of the exponential back-off between retries.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound on any single retry delay, including one asked for by a <c>Retry-After</c> header.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>A description safe to log: the API key is reduced to whether one is set.</summary>
    public override string ToString() =>
        $"Provider={Provider}, BaseUrl={BaseUrl}, Model={Model}, ApiKey={(string.IsNullOrEmpty(ApiKey) ? "(none)" : "***")}, Dimensions={Dimensions}, BatchSize={BatchSize}, TimeoutSeconds={TimeoutSeconds}, MaxRetries={MaxRetries}";
}

/// <summary>The accepted values of <see cref="EmbeddingOptions.Provider"/>.</summary>
public static class EmbeddingProviders
{
    public const string None = "none";
    public const string OpenAi = "openai";
    public const string Voyage = "voyage";

    /// <summary>All accepted values, in documentation order.</summary>
    public static IReadOnlyList<string> All { get; } = [None, OpenAi, Voyage];
}
