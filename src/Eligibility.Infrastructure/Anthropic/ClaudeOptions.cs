namespace Eligibility.Infrastructure.Anthropic;

/// <summary>
/// Settings for the Claude answer generator, bound from the configuration section <c>Claude</c>.
/// The API key is never logged, never put in exception messages, and is hidden by <see cref="ToString"/>.
/// </summary>
public sealed class ClaudeOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Claude";

    /// <summary>The Anthropic API key. Never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The model identifier sent with every request and recorded with every answer.</summary>
    public string Model { get; set; } = "claude-sonnet-4-5";

    /// <summary>Upper bound on the length of one answer, in output tokens.</summary>
    public int MaxTokens { get; set; } = 1024;

    /// <summary>
    /// How long Claude may stay silent, in seconds: until the first part of the answer arrives, and then between
    /// two parts of a streamed answer. A long answer that keeps streaming is not cut off.
    /// </summary>
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>Server root for tests and proxies, e.g. <c>http://127.0.0.1:8080</c>; empty uses the SDK's default (the Anthropic API).</summary>
    public string? BaseUrl { get; set; }

    /// <summary>How many times a request is retried after 429, 5xx, an overloaded error or a network error (so at most 1 + this many attempts).</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>
    /// The most passage text one request may carry, in tokens counted with o200k_base (Claude's tokenizer is not
    /// public); the lowest-ranked passages past it are left out, and the log says which.
    /// </summary>
    public int MaxPassageTokens { get; set; } = 12_000;

    /// <summary>Base delay of the exponential back-off between retries.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>True when an API key is set.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(ApiKey);

    internal TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    /// <summary>A description safe to log: the API key is reduced to whether one is set.</summary>
    public override string ToString() =>
        $"Model={Model}, ApiKey={(IsConfigured ? "***" : "(none)")}, MaxTokens={MaxTokens}, TimeoutSeconds={TimeoutSeconds}, BaseUrl={BaseUrl}, MaxRetries={MaxRetries}, MaxPassageTokens={MaxPassageTokens}, RetryDelay={RetryDelay}";

    /// <summary>Rejects values that cannot work, naming the setting (never its key).</summary>
    internal void ThrowIfInvalid()
    {
        if (string.IsNullOrWhiteSpace(Model))
        {
            throw new ArgumentException("Claude:Model must name a model.", nameof(Model));
        }

        if (MaxTokens <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxTokens), MaxTokens, "Claude:MaxTokens must be positive.");
        }

        if (TimeoutSeconds <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(TimeoutSeconds), TimeoutSeconds, "Claude:TimeoutSeconds must be positive.");
        }

        if (MaxRetries < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRetries), MaxRetries, "Claude:MaxRetries cannot be negative.");
        }

        if (MaxPassageTokens < 500)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxPassageTokens), MaxPassageTokens, "Claude:MaxPassageTokens must be at least 500 (one passage).");
        }

        if (RetryDelay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(RetryDelay), RetryDelay, "Claude:RetryDelay cannot be negative.");
        }

        if (!string.IsNullOrWhiteSpace(BaseUrl)
            && (!Uri.TryCreate(BaseUrl.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            throw new ArgumentException($"Claude:BaseUrl '{BaseUrl}' is not an absolute http(s) URL.", nameof(BaseUrl));
        }
    }
}
