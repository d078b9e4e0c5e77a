using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Eligibility.Infrastructure.Records;

/// <summary>
/// Lets SQLite itself wait for a writer that holds the lock (<c>PRAGMA busy_timeout</c>): it retries within a
/// millisecond or two of the lock coming free. Without it, Microsoft.Data.Sqlite's own retry sleeps 150 ms at a
/// time, so two files ingested at once, or a decision saved during an ingestion, waited in 150 ms steps.
/// </summary>
internal sealed class SqliteBusyWait(int seconds) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection, seconds);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        await ApplyAsync(connection, seconds, cancellationToken);

    public static void Apply(DbConnection connection, int seconds)
    {
        if (connection is SqliteConnection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragma(seconds);
            command.ExecuteNonQuery();
        }
    }

    public static async Task ApplyAsync(DbConnection connection, int seconds, CancellationToken ct)
    {
        if (connection is SqliteConnection)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragma(seconds);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static string Pragma(int seconds) => $"PRAGMA busy_timeout = {checked(seconds * 1000)}";
}
