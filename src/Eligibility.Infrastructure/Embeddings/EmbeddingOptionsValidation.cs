namespace Eligibility.Infrastructure.Embeddings;

/// <summary>Checks shared by the adapters, with messages naming the configuration keys.</summary>
internal static class EmbeddingOptionsValidation
{
    public static void Validate(EmbeddingOptions options)
    {
        if (options.BatchSize < 1)
        {
            throw new ArgumentException($"Embeddings:BatchSize must be at least 1 (was {options.BatchSize}).", nameof(options));
        }

        if (options.TimeoutSeconds < 1 || options.TimeoutSeconds > 86_400)
        {
            throw new ArgumentException($"Embeddings:TimeoutSeconds must be between 1 and 86400 (was {options.TimeoutSeconds}).", nameof(options));
        }

        if (options.MaxRetries < 0 || options.MaxRetries > 10)
        {
            throw new ArgumentException($"Embeddings:MaxRetries must be between 0 and 10 (was {options.MaxRetries}).", nameof(options));
        }

        if (options.RetryDelay < TimeSpan.Zero || options.RetryDelay > TimeSpan.FromMinutes(10))
        {
            throw new ArgumentException($"Embeddings:RetryDelay must be between 0 and 10 minutes (was {options.RetryDelay}).", nameof(options));
        }

        if (options.MaxRetryDelay < options.RetryDelay || options.MaxRetryDelay > TimeSpan.FromHours(1))
        {
            throw new ArgumentException($"Embeddings:MaxRetryDelay must be at least Embeddings:RetryDelay and at most 1 hour (was {options.MaxRetryDelay}).", nameof(options));
        }

        if (options.Dimensions is < 1)
        {
            throw new ArgumentException($"Embeddings:Dimensions must be positive when set (was {options.Dimensions}).", nameof(options));
        }
    }

    public static IReadOnlyList<string> Inputs(IEnumerable<string> values)
    {
        var inputs = values as IReadOnlyList<string> ?? values.ToList();
        for (var i = 0; i < inputs.Count; i++)
        {
            if (inputs[i] is null)
            {
                throw new ArgumentException($"Input {i} is null; every input must be a string.", nameof(values));
            }
        }

        return inputs;
    }
}
