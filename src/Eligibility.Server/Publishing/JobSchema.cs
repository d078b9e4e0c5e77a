using Eligibility.Infrastructure.Records;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Eligibility.Server.Publishing;

/// <summary>
/// Before the job server starts, on PostgreSQL: installs or updates
/// Hangfire's schema, after the records' own migration has waited for the database (so a database that is not up
/// yet gets the records' one-line reason, not Hangfire's).
/// </summary>
internal sealed class JobSchema(IOptions<RecordsOptions> records, ILoggerFactory logs) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (records.Value.UsesPostgres)
        {
            await using var connection = new NpgsqlConnection(records.Value.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            PostgreSqlObjectsInstaller.Install(connection, JobStorageSetup.PostgresSchema);
        }
    }

    /// <summary>The host stops: Hangfire's logging leaves its logger factory, which is about to be disposed.</summary>
    public Task StopAsync(CancellationToken cancellationToken)
    {
        HangfireLogs.Instance.Detach(logs);
        return Task.CompletedTask;
    }
}
