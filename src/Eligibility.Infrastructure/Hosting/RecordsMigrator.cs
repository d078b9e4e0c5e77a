using Eligibility.Infrastructure.Records;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Eligibility.Infrastructure.Hosting;

/// <summary>
/// Brings the database up to date at start-up (registered by <c>AddRecords</c>; a host that never starts, like the
/// CLI, migrates on first use instead), before the hosted services after it (sample manuals)
/// write audit entries. A PostgreSQL that does not answer yet (a container still starting) is waited for, up
/// to <c>Records:StartupWaitSeconds</c> (60 by default); a wrong connection string, refused credentials or any other error stops the
/// start with its message.
/// </summary>
internal sealed partial class RecordsMigrator(RecordsDatabase records, IOptions<RecordsOptions> options, ILogger<RecordsMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var patience = TimeSpan.FromSeconds(Math.Max(0, options.Value.StartupWaitSeconds));
        var waited = TimeSpan.Zero;
        var delay = TimeSpan.FromSeconds(1);
        while (true)
        {
            try
            {
                await records.MigrateAsync(cancellationToken);
                return;
            }
            catch (NpgsqlException e) when (e is not PostgresException && waited < patience)
            {
                // No answer at all (refused, unreachable, timed out): the server may still be starting.
                WaitingForPostgres(logger, e.Message, delay.TotalSeconds);
                await Task.Delay(delay, cancellationToken);
                waited += delay;
                delay = TimeSpan.FromSeconds(Math.Min(delay.TotalSeconds * 2, 5));
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 2050, Level = LogLevel.Warning, Message = "The records database does not answer yet ({Reason}); trying again in {Seconds} s")]
    private static partial void WaitingForPostgres(ILogger logger, string reason, double seconds);
}
