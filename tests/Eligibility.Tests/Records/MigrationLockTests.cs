using System.Diagnostics;
using Eligibility.Infrastructure.Records;
using Eligibility.Infrastructure.Records.Startup;
using Eligibility.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace Eligibility.Tests.Records;

/// <summary>
/// A start never hangs on a migration lock: one left by a killed process is recognised and cleared; one held by a
/// live process is waited for, then the start fails with a message that names the lock.
/// </summary>
public sealed class MigrationLockTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A data folder migrated only to the first migration, with EF Core's lock row left behind as a killed migrator leaves it.</summary>
    private static async Task<RecordsTestDatabase> StaleLockFolderAsync()
    {
        var database = await RecordsTestDatabase.CreateAsync(RecordsOptions.Sqlite);
        await using (var db = database.Open().Database.CreateContext())
        {
            await db.GetService<IMigrator>().MigrateAsync("20261122000000_CreateRecords", Ct);
        }

        await database.ExecuteAsync("""
            CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
            INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-12-03 09:00:00+00:00');
            """);
        SqliteConnection.ClearAllPools();
        return database;
    }

    [Fact]
    public async Task The_CLI_starts_past_a_lock_left_by_a_killed_migrator()
    {
        await using var database = await StaleLockFolderAsync();

        var clock = Stopwatch.StartNew();
        var result = await IngestCli.RunAsync(new Dictionary<string, string>(), TimeSpan.FromSeconds(60), "list", "--data", database.DataDirectory);

        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"the CLI took {clock.Elapsed.TotalSeconds:N1} s to start");
        Assert.Equal(0L, Convert.ToInt64(await database.ExecuteAsync("SELECT COUNT(*) FROM \"__EFMigrationsLock\""), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0L, Convert.ToInt64(await database.ExecuteAsync("SELECT COUNT(*) FROM manual_versions"), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_server_starts_past_a_lock_left_by_a_killed_migrator()
    {
        await using var database = await StaleLockFolderAsync();
        await using var app = new EligibilityApp(settings: new Dictionary<string, string>
        {
            ["Data:Directory"] = database.DataDirectory,
            ["SampleManuals:IngestOnFirstStart"] = "false",
        });

        var clock = Stopwatch.StartNew();
        var health = await Task.Run(() => app.CreateClient().GetAsync("/health", Ct), Ct).WaitAsync(TimeSpan.FromSeconds(60), Ct);

        Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"the server took {clock.Elapsed.TotalSeconds:N1} s to start");
    }

    [Fact]
    public async Task A_live_migrator_is_waited_for_then_the_CLI_names_the_lock()
    {
        await using var database = await RecordsTestDatabase.CreateAsync(RecordsOptions.Sqlite);
        var lockFile = Path.Combine(database.DataDirectory, RecordsOptions.DefaultFileName + ".migration-lock");
        await using var held = new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        var clock = Stopwatch.StartNew();
        var result = await IngestCli.RunAsync(new Dictionary<string, string> { ["Records__MigrationLockSeconds"] = "2" }, TimeSpan.FromSeconds(60), "list", "--data", database.DataDirectory);

        Assert.Equal(1, result.ExitCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"gave up after {clock.Elapsed.TotalSeconds:N1} s");
        Assert.Contains("migration-lock", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("another process has been migrating", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_PostgreSQL_a_held_lock_is_named_and_one_whose_session_ended_is_not_in_the_way()
    {
        await using var database = await RecordsTestDatabase.CreateAsync(RecordsOptions.Postgres);
        var holder = new NpgsqlConnection(database.ConnectionString);
        await holder.OpenAsync(Ct);
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({MigrationGuard.AdvisoryKey})", holder))
        {
            await take.ExecuteNonQueryAsync(Ct);
        }

        var clock = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<MigrationLockException>(() => database.Open(settings: new Dictionary<string, string> { ["Records:MigrationLockSeconds"] = "2" }).MigrateAsync(Ct));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30));
        Assert.Contains($"advisory lock {MigrationGuard.AdvisoryKey}", error.Message, StringComparison.Ordinal);
        Assert.Contains("pg_terminate_backend", error.Message, StringComparison.Ordinal);

        // The holder dies (its session ends): the lock goes with it, and the next start migrates.
        await holder.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        var records = database.Open();
        await records.MigrateAsync(Ct);
        await using var db = records.Database.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
    }
}
