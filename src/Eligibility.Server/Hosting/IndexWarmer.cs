using Eligibility.Core.Retrieval;

namespace Eligibility.Server.Hosting;

/// <summary>
/// Builds the in-memory search index of every published version at start-up, in the background, so the first
/// caseworker's question (as of today or a past date) does not pay for it.
/// </summary>
internal sealed class IndexWarmer(HybridRetriever retriever, ILogger<IndexWarmer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await retriever.WarmUpAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            ServerLog.WarmUpFailed(logger, e);
        }
    }
}
