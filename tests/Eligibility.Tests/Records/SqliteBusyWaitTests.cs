using Eligibility.Infrastructure.Records;
using Microsoft.EntityFrameworkCore;

namespace Eligibility.Tests.Records;

/// <summary>
/// Every SQLite connection the product opens lets SQLite wait for another writer itself, so two writers in one
/// instance (two files ingested at once, a decision saved during an ingestion) queue for milliseconds instead of
/// Microsoft.Data.Sqlite's 150 ms retry sleeps.
/// </summary>
public sealed class SqliteBusyWaitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Contexts_and_plain_connections_wait_for_a_busy_database_inside_SQLite()
    {
        await using var database = await RecordsTestDatabase.CreateAsync(RecordsOptions.Sqlite);
        var records = database.Open();

        await using (var db = await records.Database.OpenAsync(Ct))
        {
            await db.Database.OpenConnectionAsync(Ct);
            Assert.Equal(30_000, await BusyTimeoutAsync(db.Database.GetDbConnection()));
        }

        await using var connection = await records.Database.OpenConnectionAsync(Ct);
        Assert.Equal(30_000, await BusyTimeoutAsync(connection));
    }

    private static async Task<long> BusyTimeoutAsync(System.Data.Common.DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout";
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }
}
