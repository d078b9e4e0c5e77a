using Grpc.Core;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Qdrant.Client;

namespace Eligibility.Infrastructure.Qdrant;

/// <summary>
/// The Qdrant client and the way every call goes through it: a deadline per call, retries (with jittered back-off) while
/// Qdrant is unavailable, overloaded or past the deadline, and failures as <see cref="QdrantException"/> naming the endpoint,
/// the operation and Qdrant's status and reason. Every call the adapter makes is idempotent, so retrying is safe.
/// </summary>
internal sealed class QdrantCalls : IDisposable
{
    private const int MaxDetailLength = 400;
    private static readonly ResiliencePropertyKey<string> Operation = new("qdrant.operation");

    private readonly QdrantClient _client;
    private readonly ResiliencePipeline _retry;

    private readonly Action? _notFound;

    /// <param name="notFound">Told when Qdrant answers NotFound (the collection was deleted), so what was known of it is forgotten.</param>
    public QdrantCalls(QdrantOptions options, ILogger logger, Action? notFound = null)
    {
        _notFound = notFound;
        var url = new Uri(options.Url!.Trim());
        Endpoint = url.GetLeftPart(UriPartial.Authority);
        var apiKey = string.IsNullOrWhiteSpace(options.ApiKey) ? null : options.ApiKey.Trim();
        _client = new QdrantClient(url, apiKey, TimeSpan.FromSeconds(options.TimeoutSeconds));
        _retry = new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(options.MaxRetries, 1),
            Delay = options.RetryDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldHandle = new PredicateBuilder().Handle<RpcException>(e => options.MaxRetries > 0 && IsTransient(e.StatusCode)),
            OnRetry = args =>
            {
                args.Context.Properties.TryGetValue(Operation, out var operation);
                QdrantLog.Retrying(logger, operation ?? "call", (args.Outcome.Exception as RpcException)?.StatusCode.ToString() ?? "error",
                    args.AttemptNumber + 1, options.MaxRetries, (long)args.RetryDelay.TotalMilliseconds);
                return default;
            },
        }).Build();
    }

    /// <summary>Scheme, host and port of Qdrant's gRPC endpoint: what messages name.</summary>
    public string Endpoint { get; }

    public async Task<T> RunAsync<T>(string operation, Func<QdrantClient, CancellationToken, Task<T>> call, CancellationToken ct, bool retry = true)
    {
        try
        {
            if (!retry)
            {
                return await call(_client, ct);
            }

            var context = ResilienceContextPool.Shared.Get(ct);
            context.Properties.Set(Operation, operation);
            try
            {
                return await _retry.ExecuteAsync(async c => await call(_client, c.CancellationToken), context);
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
            }
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.Cancelled && ct.IsCancellationRequested)
        {
            throw new OperationCanceledException(ct);
        }
        catch (RpcException e)
        {
            if (e.StatusCode == StatusCode.NotFound)
            {
                _notFound?.Invoke();
            }

            var detail = e.Status.Detail.Length > MaxDetailLength ? e.Status.Detail[..MaxDetailLength] + "…" : e.Status.Detail;
            throw new QdrantException($"Qdrant at {Endpoint} refused the {operation}: {e.StatusCode} ({detail})", e, IsTransient(e.StatusCode));
        }
        catch (global::Qdrant.Client.QdrantException e)
        {
            throw new QdrantException($"Qdrant at {Endpoint} did not complete the {operation}: {e.Message}", e);
        }
    }

    public Task RunAsync(string operation, Func<QdrantClient, CancellationToken, Task> call, CancellationToken ct) =>
        RunAsync(operation, async (client, token) =>
        {
            await call(client, token);
            return true;
        }, ct);

    public void Dispose() => _client.Dispose();

    private static bool IsTransient(StatusCode status) =>
        status is StatusCode.Unavailable or StatusCode.ResourceExhausted or StatusCode.DeadlineExceeded or StatusCode.Aborted;
}
