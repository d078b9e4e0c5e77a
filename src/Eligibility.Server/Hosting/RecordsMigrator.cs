using Eligibility.Infrastructure.Records;

namespace Eligibility.Server.Hosting;

/// <summary>
/// Brings the records database up to date at start-up, before the hosted services after it (sample manuals)
/// write audit entries, so a wrong connection string or an unreachable PostgreSQL stops the start with its error.
/// </summary>
internal sealed class RecordsMigrator(CaseRecords records) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => records.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
