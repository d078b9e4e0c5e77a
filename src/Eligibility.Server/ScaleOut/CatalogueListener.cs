using Eligibility.Core.Retrieval;
using Eligibility.Infrastructure.Records;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Eligibility.Server.ScaleOut;

/// <summary>
/// On PostgreSQL, every instance listens on <see cref="Channel"/>: publishing or rolling back a version, on any
/// instance or from the CLI, notifies it in the same transaction, and each instance warms its in-process index for
/// the versions now in effect, so the first question after a publish does not pay for loading them. (Every search
/// reads the versions in effect from the database, so answers follow a publish at once either way.) A dropped
/// connection is reopened, and the index warmed again, after a second.
/// </summary>
internal sealed class CatalogueListener(IOptions<RecordsOptions> records, HybridRetriever retriever, ILogger<CatalogueListener> logger) : BackgroundService
{
    public const string Channel = "eligibility_catalogue";

    /// <summary>How many notifications this instance has acted on (for tests and the readiness report).</summary>
    public int Refreshes => Volatile.Read(ref _refreshes);

    private int _refreshes;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!records.Value.UsesPostgres)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(records.Value.ConnectionString);
                await connection.OpenAsync(stoppingToken);
                var changed = new SemaphoreSlim(0);
                connection.Notification += (_, _) => changed.Release();
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                while (!stoppingToken.IsCancellationRequested)
                {
                    // Wait delivers notifications; a timeout keeps the loop checking the connection.
                    await connection.WaitAsync(TimeSpan.FromSeconds(30), stoppingToken);
                    if (changed.CurrentCount > 0)
                    {
                        while (changed.CurrentCount > 0)
                        {
                            await changed.WaitAsync(stoppingToken);
                        }

                        await retriever.WarmUpAsync(stoppingToken);
                        Interlocked.Increment(ref _refreshes);
                        ServerLog.CatalogueRefreshed(logger);
                    }
                }
            }
            catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
            {
                ServerLog.CatalogueListenerLost(logger, e.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }
}
