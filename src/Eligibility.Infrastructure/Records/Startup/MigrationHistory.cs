using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Eligibility.Infrastructure.Records.Startup;

/// <summary>
/// Whether every migration this build knows is applied, read straight from EF Core's history table. When it is
/// (every start but the first after an upgrade), nothing of EF Core's migration machinery is loaded: building its
/// migrations model costs a process ~40 MiB of working set, which a read-only tool such as verify does not need.
/// </summary>
internal static class MigrationHistory
{
    private static readonly string[] Known = typeof(RecordsDbContext).Assembly.GetTypes()
        .Where(t => t.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(RecordsDbContext))
        .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
        .OfType<string>()
        .ToArray();

    public static async Task<bool> UpToDateAsync(DbConnection connection, CancellationToken ct)
    {
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\"";
            var applied = new HashSet<string>(StringComparer.Ordinal);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                applied.Add(reader.GetString(0));
            }

            return Known.All(applied.Contains);
        }
        catch (DbException)
        {
            // No history table yet: a new database.
            return false;
        }
    }
}
