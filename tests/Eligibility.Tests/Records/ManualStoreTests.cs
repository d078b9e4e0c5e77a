using Eligibility.Core.Manuals;
using Eligibility.Infrastructure.Records;

namespace Eligibility.Tests.Records;

/// <summary>
/// The catalogue and passages on a real database, the same tests on each provider: a version comes back whole,
/// staging, publishing and rolling back each commit with their audit entry, and "as of" picks the right version.
/// </summary>
public abstract class ManualStoreTests(string provider)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_staged_version_comes_back_whole_with_pages_passages_and_source()
    {
        await using var database = await RecordsTestDatabase.CreateAsync(provider);
        var version = ManualSamples.Version("2025-01", new DateOnly(2025, 1, 1));
        var passages = ManualSamples.Passages(version);
        await database.Open().Manuals.StageAsync(version, ManualSamples.Pages, passages, ManualSamples.Source, "policy", Ct);

        var store = database.Open().Manuals;
        var stored = await store.FindVersionAsync(version.Key, Ct);
        Assert.Equal(version with { Warnings = stored!.Warnings }, stored);
        Assert.Equal(version.Warnings, stored.Warnings);
        var loaded = await store.GetPassagesAsync(version.Key, Ct);
        Assert.Equal(passages.Count, loaded.Count);
        for (var i = 0; i < passages.Count; i++)
        {
            Assert.Equal(passages[i] with { Regions = loaded[i].Regions }, loaded[i]);
            Assert.Equal(passages[i].Regions, loaded[i].Regions);
        }

        Assert.Equal(["handbook@2025-01#0003", "handbook@2025-01#0001"], (await store.GetPassagesAsync(["handbook@2025-01#0003", "nope", "handbook@2025-01#0001"], Ct)).Select(p => p.Id));
        Assert.Equal(ManualSamples.Pages[1], await store.GetPageAsync(version.Key, 2, Ct));
        var source = await store.GetSourceAsync(version.Key, Ct);
        Assert.Equal(ManualSamples.Source.Content, source!.Content);
        Assert.Empty(await store.VersionsInEffectAsync(new DateOnly(2025, 6, 1), null, Ct));
    }

    [Fact]
    public async Task Stage_publish_and_rollback_each_commit_with_their_audit_entry()
    {
        await using var database = await RecordsTestDatabase.CreateAsync(provider);
        var records = database.Open();
        var v2025 = ManualSamples.Version("2025-01", new DateOnly(2025, 1, 1));
        var v2026 = ManualSamples.Version("2026-01", new DateOnly(2026, 1, 1));
        foreach (var v in new[] { v2025, v2026 })
        {
            await records.Manuals.StageAsync(v, ManualSamples.Pages, ManualSamples.Passages(v), ManualSamples.Source, "policy", Ct);
            await records.Manuals.PublishAsync(v.Key, "policy", Ct);
        }

        Assert.Equal(v2026.Key, Assert.Single(await records.Manuals.VersionsInEffectAsync(new DateOnly(2026, 3, 1), null, Ct)).Key);
        Assert.Equal(v2025.Key, Assert.Single(await records.Manuals.VersionsInEffectAsync(new DateOnly(2025, 12, 31), ["HANDBOOK"], Ct)).Key);
        Assert.Empty(await records.Manuals.VersionsInEffectAsync(new DateOnly(2026, 3, 1), ["other"], Ct));

        var rollback = await records.Manuals.RollbackAsync("handbook", "policy", Ct);
        Assert.Equal((v2026.Key, v2025.Key), (rollback.Withdrawn.Key, rollback.NowInEffect?.Key));
        Assert.Equal(VersionStatus.Withdrawn, (await records.Manuals.FindVersionAsync(v2026.Key, Ct))!.Status);

        Assert.Equal([ManualAudit.Staged, ManualAudit.Published], (await records.Audit.ReadAsync(v2025.Key.ToString(), Ct)).Select(e => e.Kind));
        Assert.Equal([ManualAudit.Staged, ManualAudit.Published, ManualAudit.Withdrawn], (await records.Audit.ReadAsync(v2026.Key.ToString(), Ct)).Select(e => e.Kind));
        Assert.All(await records.Audit.ReadAsync(v2026.Key.ToString(), Ct), e => Assert.Equal("policy", e.Actor));
        Assert.True((await records.Audit.VerifyAsync(Ct)) is { Intact: true, Entries: 5 });
    }

    [Fact]
    public async Task When_the_audit_entry_cannot_be_written_the_change_is_not_made_either()
    {
        await using var database = await RecordsTestDatabase.CreateAsync(provider);
        var records = database.Open();
        var version = ManualSamples.Version("2025-01", new DateOnly(2025, 1, 1));
        await records.Manuals.StageAsync(version, ManualSamples.Pages, ManualSamples.Passages(version), ManualSamples.Source, "policy", Ct);
        await database.RefuseAuditEntriesAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => records.Manuals.PublishAsync(version.Key, "policy", Ct));
        var other = ManualSamples.Version("2026-01", new DateOnly(2026, 1, 1));
        await Assert.ThrowsAnyAsync<Exception>(() => records.Manuals.StageAsync(other, ManualSamples.Pages, ManualSamples.Passages(other), ManualSamples.Source, "policy", Ct));

        var fresh = database.Open().Manuals;
        Assert.Equal(VersionStatus.Staged, (await fresh.FindVersionAsync(version.Key, Ct))!.Status);
        Assert.Null(await fresh.FindVersionAsync(other.Key, Ct));
        Assert.Empty(await fresh.GetPassagesAsync(other.Key, Ct));
        Assert.Null(await fresh.GetSourceAsync(other.Key, Ct));
    }

    [Fact]
    public async Task A_published_version_cannot_be_staged_again_and_keeps_its_passages()
    {
        await using var database = await RecordsTestDatabase.CreateAsync(provider);
        var records = database.Open();
        var version = ManualSamples.Version("2025-01", new DateOnly(2025, 1, 1));
        await records.Manuals.StageAsync(version, ManualSamples.Pages, ManualSamples.Passages(version), ManualSamples.Source, "policy", Ct);
        await records.Manuals.PublishAsync(version.Key, "policy", Ct);

        var changed = version with { ContentHash = "other", PassageCount = 1 };
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => records.Manuals.StageAsync(changed, ManualSamples.Pages, ManualSamples.Passages(changed), ManualSamples.Source, "policy", Ct));

        Assert.Contains("new version label", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, (await database.Open().Manuals.GetPassagesAsync(version.Key, Ct)).Count);
    }
}

public sealed class SqliteManualStoreTests() : ManualStoreTests(RecordsOptions.Sqlite);

public sealed class PostgresManualStoreTests() : ManualStoreTests(RecordsOptions.Postgres);
