using Anthropic.Models.Messages;
using Polly;

namespace Eligibility.Infrastructure.Anthropic;

/// <summary>
/// One non-streaming Messages request through <see cref="ClaudeRetryPipeline"/>, all attempts together bounded by
/// <see cref="ClaudeOptions.TimeoutSeconds"/>. <see cref="Attempts"/> says how many requests were made, for the
/// caseworker-readable failure.
/// </summary>
internal sealed class ClaudeMessageCall(ClaudeConnection connection, ResiliencePipeline retry, TimeSpan timeout)
{
    public int Attempts { get; private set; }

    public async Task<Message> SendAsync(MessageCreateParams parameters, CancellationToken ct)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeoutSource.CancelAfter(timeout);
        return await retry.ExecuteAsync(
            async (call, token) =>
            {
                call.Attempts++;
                return await connection.Client.Messages.Create(parameters, token);
            },
            this,
            timeoutSource.Token);
    }
}
