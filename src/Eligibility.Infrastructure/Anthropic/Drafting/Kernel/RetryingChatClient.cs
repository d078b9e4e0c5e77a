using Microsoft.Extensions.AI;
using Polly;

namespace Eligibility.Infrastructure.Anthropic.Drafting.Kernel;

/// <summary>
/// Each request of the kernel's conversation through the adapter's one retry layer (<see cref="ClaudeRetryPipeline"/>),
/// bounded by <see cref="ClaudeOptions.TimeoutSeconds"/>, counting attempts for the caseworker-readable failure.
/// </summary>
internal sealed class RetryingChatClient(IChatClient inner, ResiliencePipeline retry, TimeSpan timeout) : DelegatingChatClient(inner)
{
    /// <summary>Requests sent for the latest call, retries included.</summary>
    public int Attempts { get; private set; }

    public int Requests { get; private set; }

    public long InputTokens { get; private set; }

    public long OutputTokens { get; private set; }

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var sent = messages.ToList();
        Requests++;
        Attempts = 0;
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        var response = await retry.ExecuteAsync(
            async token =>
            {
                Attempts++;
                return await base.GetResponseAsync(sent, options, token);
            },
            timeoutSource.Token);
        InputTokens += response.Usage?.InputTokenCount ?? 0;
        OutputTokens += response.Usage?.OutputTokenCount ?? 0;
        return response;
    }
}
