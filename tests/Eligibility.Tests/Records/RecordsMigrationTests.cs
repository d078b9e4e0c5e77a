using Eligibility.Infrastructure.Records;
using Microsoft.EntityFrameworkCore;

namespace Eligibility.Tests.Records;

/// <summary>
/// The one hand-written migration set serves both providers: its snapshot matches the model, it creates the
/// tables in an empty database, and running it again changes nothing.
/// </summary>
public abstract class RecordsMigrationTests(string provider)
{
    private static readonly string[] All = ["20261122000000_CreateRecords", "20261203000000_OneDatabase", "20261203100000_KeyedAuditAndOwners", "20261204000000_SignInLockouts", "20261205000000_Publishing", "20261206000000_ScaleOut"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_hand_written_snapshot_matches_the_model()
    {
        await using var database = await RecordsTestDatabase.CreateAsync(provider);
        await using var db = database.Open().Database.CreateContext();

        Assert.False(db.Database.HasPendingModelChanges(), "RecordsDbContext's model differs from RecordsDbContextModelSnapshot: add a migration and update the snapshot");
    }

    [Fact]
    public async Task Migrating_an_empty_database_creates_the_tables()
    {
        await using var database = await RecordsTestDatabase.CreateAsync(provider);
        var records = database.Open();
        await using (var before = records.Database.CreateContext())
        {
            Assert.Equal(All, await before.Database.GetPendingMigrationsAsync(Ct));
        }

        await records.MigrateAsync(Ct);

        await using var db = records.Database.CreateContext();
        Assert.Equal(All, await db.Database.GetAppliedMigrationsAsync(Ct));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
        Assert.Equal(0L, Convert.ToInt64(await database.ExecuteAsync("SELECT COUNT(*) FROM determinations"), System.Globalization.CultureInfo.InvariantCulture));
        foreach (var table in new[] { "audit_entries", "manual_versions", "pages", "passages", "sources", "passage_vectors", "conversations", "answers", "answer_feedback", "uploads", "upload_contents", "notices", "gate_runs", "data_protection_keys" })
        {
            Assert.Equal(0L, Convert.ToInt64(await database.ExecuteAsync($"SELECT COUNT(*) FROM {table}"), System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task Migrating_twice_is_a_no_op()
    {
        await using var database = await RecordsTestDatabase.CreateAsync(provider);
        var first = database.Open();
        await first.Determinations.AddAsync(DeterminationSamples.Draft("det-kept"), DeterminationSamples.Audit("draft"), Ct);
        await first.Audit.AppendAsync(new Eligibility.Core.Audit.AuditRecord("maria", "determination-drafted", "det-kept", new { }), Ct);

        var second = database.Open();
        await second.MigrateAsync(Ct);
        await second.MigrateAsync(Ct);

        await using var db = second.Database.CreateContext();
        Assert.Equal(All, await db.Database.GetAppliedMigrationsAsync(Ct));
        Assert.NotNull(await second.Determinations.GetAsync("det-kept", Ct));
        Assert.True((await second.Audit.VerifyAsync(Ct)) is { Intact: true, Entries: 2 });
    }
}

public sealed class SqliteRecordsMigrationTests() : RecordsMigrationTests(RecordsOptions.Sqlite);

public sealed class PostgresRecordsMigrationTests() : RecordsMigrationTests(RecordsOptions.Postgres);
