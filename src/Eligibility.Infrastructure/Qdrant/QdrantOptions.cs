namespace Eligibility.Infrastructure.Qdrant;

/// <summary>Settings of the Qdrant vector index (section "Qdrant"); the adapter is used only when <see cref="Url"/> is set.</summary>
public sealed class QdrantOptions
{
    public const string SectionName = "Qdrant";

    /// <summary>Qdrant's gRPC endpoint, e.g. <c>http://qdrant:6334</c> (6333 is its REST port, which the adapter does not use).</summary>
    public string? Url { get; set; }

    /// <summary>Sent as the <c>api-key</c> metadata when set; never logged or put in messages.</summary>
    public string? ApiKey { get; set; }

    public string Collection { get; set; } = "eligibility-passages";

    /// <summary>The deadline of each call.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Retries when Qdrant is unavailable, overloaded or past the deadline (every call the adapter makes is idempotent).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First back-off delay; it grows exponentially (with jitter).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>What is wrong with these settings, or null when they are usable.</summary>
    public string? Problem =>
        !Uri.TryCreate(Url?.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            ? $"Qdrant:Url '{Url}' is not an absolute http(s) URL"
        : string.IsNullOrWhiteSpace(Collection) ? "Qdrant:Collection must not be empty"
        : TimeoutSeconds <= 0 ? "Qdrant:TimeoutSeconds must be positive"
        : MaxRetries < 0 ? "Qdrant:MaxRetries must not be negative"
        : null;
}
