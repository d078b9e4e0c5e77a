using Eligibility.Core.Manuals;
using Eligibility.Core.Retrieval;
using Eligibility.Ingest.Pipeline;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Versions;

/// <summary>Staging, atomic publishing, as-of dates, rollback and diff, on the project's own two-version handbook.</summary>
public sealed class VersionLifecycleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_staged_version_is_invisible_until_published()
    {
        using var data = new TempDataFolder();
        var staged = await data.Pipeline.IngestAsync(SampleManuals.Handbook2025, publish: false, Ct);
        Assert.Equal(IngestStatus.Staged, staged.Status);
        Assert.Empty(await Search(data, "property limit", new DateOnly(2025, 6, 1)));

        await data.Store.PublishAsync(staged.Key, "policy", Ct);
        Assert.NotEmpty(await Search(data, "property limit", new DateOnly(2025, 6, 1)));
    }

    [Fact]
    public async Task As_of_date_selects_the_version_in_effect_then()
    {
        using var data = new TempDataFolder();
        await data.Pipeline.IngestAsync(SampleManuals.Handbook2025, publish: true, Ct);
        await data.Pipeline.IngestAsync(SampleManuals.Handbook2026, publish: true, Ct);

        var in2025 = await Search(data, "property asset limit", new DateOnly(2025, 6, 1));
        var in2026 = await Search(data, "property asset limit", new DateOnly(2026, 2, 1));
        var before = await Search(data, "property asset limit", new DateOnly(2024, 12, 31));

        Assert.All(in2025, h => Assert.Equal("2025-01-01", h.Passage.Version));
        Assert.All(in2026, h => Assert.Equal("2026-01-01", h.Passage.Version));
        Assert.Contains(in2026, h => h.Passage.Text.Contains("$130,000", StringComparison.Ordinal));
        Assert.DoesNotContain(in2025, h => h.Passage.Text.Contains("$130,000", StringComparison.Ordinal));
        Assert.Empty(before);
    }

    [Fact]
    public async Task Rollback_withdraws_the_latest_publish_and_the_previous_version_is_in_effect_again()
    {
        using var data = new TempDataFolder();
        var store = data.Store;
        await data.Pipeline.IngestAsync(SampleManuals.Handbook2025, publish: true, Ct);
        await data.Pipeline.IngestAsync(SampleManuals.Handbook2026, publish: true, Ct);

        var rollback = await store.RollbackAsync("medi-cal-eligibility-handbook", "policy", Ct);

        Assert.Equal("2026-01-01", rollback.Withdrawn.Version);
        Assert.Equal("2025-01-01", rollback.NowInEffect?.Version);
        var hits = await Search(data, "property asset limit", new DateOnly(2026, 6, 1));
        Assert.All(hits, h => Assert.Equal("2025-01-01", h.Passage.Version));
        Assert.Equal(VersionStatus.Withdrawn, (await store.FindVersionAsync(rollback.Withdrawn.Key, Ct))!.Status);

        await store.PublishAsync(rollback.Withdrawn.Key, "policy", Ct);
        Assert.All(await Search(data, "property asset limit", new DateOnly(2026, 6, 1)), h => Assert.Equal("2026-01-01", h.Passage.Version));
    }

    [Fact]
    public async Task Identical_content_under_a_new_label_is_unchanged_and_writes_nothing()
    {
        using var data = new TempDataFolder();
        await data.Pipeline.IngestAsync(SampleManuals.Handbook2025, publish: true, Ct);
        var copy = SampleManuals.Handbook2025 with { Version = "2025-01-01-reissue" };

        var outcome = await data.Pipeline.IngestAsync(copy, publish: true, Ct);

        Assert.Equal(IngestStatus.Unchanged, outcome.Status);
        Assert.Single(await data.Store.ListVersionsAsync(null, Ct));
    }

    [Fact]
    public async Task Different_content_under_an_existing_published_label_is_refused_and_nothing_changes()
    {
        using var data = new TempDataFolder();
        await data.Pipeline.IngestAsync(SampleManuals.Handbook2025, publish: true, Ct);
        var clash = SampleManuals.Handbook2026 with { Version = "2025-01-01", EffectiveDate = new DateOnly(2025, 1, 1) };

        var outcome = await data.Pipeline.IngestAsync(clash, publish: true, Ct);

        Assert.Equal(IngestStatus.Failed, outcome.Status);
        Assert.Contains("new version label", outcome.Error, StringComparison.Ordinal);
        var passages = await data.Store.GetPassagesAsync(new ManualVersionKey("medi-cal-eligibility-handbook", "2025-01-01"), Ct);
        Assert.DoesNotContain(passages, p => p.Text.Contains("$130,000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failure_while_staging_leaves_the_catalogue_and_the_index_as_they_were()
    {
        using var data = new TempDataFolder();
        await data.Pipeline.IngestAsync(SampleManuals.Handbook2025, publish: true, Ct);
        var failing = new FailingStore(data.Store);
        var pipeline = new IngestionPipeline(ManualParser.CreateDefault(), failing, data.Index,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<IngestionPipeline>.Instance, TimeProvider.System, NoEmbeddings.Instance);

        var outcome = await pipeline.IngestAsync(SampleManuals.Handbook2026, publish: true, Ct);

        Assert.Equal(IngestStatus.Failed, outcome.Status);
        Assert.Single(await data.Store.ListVersionsAsync(null, Ct));
        var scope = new[] { new ManualVersionKey("medi-cal-eligibility-handbook", "2026-01-01") };
        Assert.Empty(await data.Index.SearchLexicalAsync(QueryTerms.ToQuery("property limit"), scope, 10, Ct));
    }

    [Fact]
    public async Task Diff_names_the_sections_added_removed_and_changed()
    {
        using var data = new TempDataFolder();
        var a = await data.Pipeline.IngestAsync(SampleManuals.Handbook2025, publish: true, Ct);
        var b = await data.Pipeline.IngestAsync(SampleManuals.Handbook2026, publish: true, Ct);

        var diff = VersionDiff.Between(await data.Store.GetPassagesAsync(a.Key, Ct), await data.Store.GetPassagesAsync(b.Key, Ct));

        Assert.Equal(["5.4"], diff.Added.Select(s => s.Key));
        Assert.Equal(["2.3"], diff.Removed.Select(s => s.Key));
        Assert.Contains(diff.Changed, s => s.Key == "4.1");
        Assert.Contains(diff.Changed, s => s.Key == "3.4");
        Assert.DoesNotContain(diff.Changed, s => s.Key == "4.2");

        // The reviewer sees the words that changed, with both pages.
        var limit = diff.Changed.Single(s => s.Key == "4.1");
        Assert.Contains(limit.Words, w => w.Change == WordChange.Added && w.Text.Contains("$130,000", StringComparison.Ordinal));
        Assert.Contains(limit.Words, w => w.Change == WordChange.Removed && w.Text.Contains("no property (asset) limit", StringComparison.Ordinal));
        Assert.Equal(7, limit.Before.PageStart);
    }

    private static Task<IReadOnlyList<RetrievedPassage>> Search(TempDataFolder data, string question, DateOnly asOf) =>
        data.Retriever.RetrieveAsync(new RetrievalRequest(question, asOf), Ct);

    /// <summary>A store whose staging fails part-way, as a crash or a full disk would.</summary>
    private sealed class FailingStore(IManualStore inner) : IManualStore
    {
        public Task StageAsync(ManualVersion version, IReadOnlyList<Core.Passages.PageText> pages, IReadOnlyList<Core.Passages.Passage> passages, ManualSource source, string actor, CancellationToken ct) =>
            throw new IOException("disk full");

        public Task<IReadOnlyList<ManualVersion>> ListVersionsAsync(string? manualId, CancellationToken ct) => inner.ListVersionsAsync(manualId, ct);
        public Task<ManualVersion?> FindVersionAsync(ManualVersionKey key, CancellationToken ct) => inner.FindVersionAsync(key, ct);
        public Task<ManualVersion> PublishAsync(ManualVersionKey key, string actor, CancellationToken ct) => inner.PublishAsync(key, actor, ct);
        public Task<RollbackResult> RollbackAsync(string manualId, string actor, CancellationToken ct) => inner.RollbackAsync(manualId, actor, ct);
        public Task<IReadOnlyList<ManualVersion>> VersionsInEffectAsync(DateOnly asOf, IReadOnlyCollection<string>? manualIds, CancellationToken ct) => inner.VersionsInEffectAsync(asOf, manualIds, ct);
        public Task<IReadOnlyList<Core.Passages.Passage>> GetPassagesAsync(ManualVersionKey key, CancellationToken ct) => inner.GetPassagesAsync(key, ct);
        public Task<IReadOnlyList<Core.Passages.Passage>> GetPassagesAsync(IReadOnlyCollection<string> passageIds, CancellationToken ct) => inner.GetPassagesAsync(passageIds, ct);
        public Task<Core.Passages.PageText?> GetPageAsync(ManualVersionKey key, int page, CancellationToken ct) => inner.GetPageAsync(key, page, ct);
        public Task<ManualSource?> GetSourceAsync(ManualVersionKey key, CancellationToken ct) => inner.GetSourceAsync(key, ct);
    }
}
