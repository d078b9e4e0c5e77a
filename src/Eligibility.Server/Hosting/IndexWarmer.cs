using Eligibility.Core.Retrieval;

namespace Eligibility.Server.Hosting;

/// <summary>
/// Builds the in-memory search index of the versions in effect at start-up, in the background, so the first
/// caseworker's question does not pay for it.
/// </summary>
internal sealed class IndexWarmer(HybridRetriever retriever, ILogger<IndexWarmer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await retriever.SearchAsync(new RetrievalRequest("eligibility"), stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            ServerLog.WarmUpFailed(logger, e);
        }
    }
}
