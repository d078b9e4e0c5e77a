using Eligibility.Infrastructure.Hosting;
using Eligibility.Infrastructure.Records;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Options;

namespace Eligibility.Server.Publishing;

/// <summary>
/// Where Hangfire keeps its jobs: with the records. On PostgreSQL, in the same database under the schema
/// <c>hangfire</c> (every instance shares the queue); on the embedded default, in <c>jobs.db</c> beside
/// <c>records.db</c> (Hangfire.Storage.SQLite: durable, one machine). Neither storage extends a job's invisibility
/// while it runs, so it is set longer than any ingestion takes; a job whose process died is resumed sooner by
/// <see cref="UploadRecovery"/>, from the upload's own lease.
/// </summary>
internal static class JobStorageSetup
{
    public const string SqliteFileName = "jobs.db";
    public const string PostgresSchema = "hangfire";

    private static readonly TimeSpan Invisibility = TimeSpan.FromHours(3);

    public static JobStorage Create(IServiceProvider services)
    {
        var records = services.GetRequiredService<IOptions<RecordsOptions>>().Value;
        if (records.UsesPostgres)
        {
            var options = new PostgreSqlStorageOptions
            {
                SchemaName = PostgresSchema,
                PrepareSchemaIfNecessary = false, // installed by JobSchema once the database answers
                InvisibilityTimeout = Invisibility,
                QueuePollInterval = TimeSpan.FromSeconds(1),
                DistributedLockTimeout = TimeSpan.FromMinutes(1),
            };
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(records.ConnectionString, options), options);
        }

        var data = services.GetRequiredService<IOptions<DataOptions>>().Value;
        Directory.CreateDirectory(data.Directory);
        return new SQLiteStorage(Path.Combine(data.Directory, SqliteFileName), new SQLiteStorageOptions
        {
            InvisibilityTimeout = Invisibility,
            QueuePollInterval = TimeSpan.FromSeconds(1),
        });
    }
}
