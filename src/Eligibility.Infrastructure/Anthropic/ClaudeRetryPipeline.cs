using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Eligibility.Infrastructure.Anthropic;

/// <summary>
/// The one retry layer of the adapter (the SDK's own retries are switched off): exponential back-off with jitter
/// from <see cref="ClaudeOptions.RetryDelay"/>, at most <see cref="ClaudeOptions.MaxRetries"/> retries, only for
/// <see cref="ClaudeErrors.IsTransient"/> failures. Timeouts are not retried: the caseworker has already waited.
/// </summary>
internal static class ClaudeRetryPipeline
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(20);

    public static ResiliencePipeline Build(ClaudeOptions options, ILogger logger)
    {
        if (options.MaxRetries == 0)
        {
            return ResiliencePipeline.Empty;
        }

        return new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                MaxDelay = MaxDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder().Handle<Exception>(ClaudeErrors.IsTransient),
                OnRetry = args =>
                {
                    var reason = args.Outcome.Exception is { } ex ? ClaudeErrors.Reason(ex) : "unknown";
                    ClaudeLog.Retrying(logger, reason, args.AttemptNumber + 1, options.MaxRetries, (long)args.RetryDelay.TotalMilliseconds);
                    return default;
                },
            })
            .Build();
    }
}
