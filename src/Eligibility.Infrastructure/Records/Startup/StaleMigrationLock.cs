using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Eligibility.Infrastructure.Records.Startup;

/// <summary>
/// EF Core (9 and later) locks SQLite migrations with a row in <c>__EFMigrationsLock</c>; a process killed while
/// migrating leaves the row, and every later migration would wait for it forever. Called only while holding
/// <see cref="MigrationGuard"/>, so any row found belongs to a process that is gone and is removed. PostgreSQL's
/// migration lock is a table lock held by a session, which ends with its process: nothing to clear there.
/// </summary>
internal static class StaleMigrationLock
{
    public const string Table = "__EFMigrationsLock";

    public static async Task ClearAsync(RecordsDbContext db, ILogger logger, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            return;
        }

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{Table}'";
            if (Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return;
            }

            command.CommandText = $"DELETE FROM \"{Table}\"";
            if (await command.ExecuteNonQueryAsync(ct) > 0)
            {
                RecordsLog.StaleLockCleared(logger, Table);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
