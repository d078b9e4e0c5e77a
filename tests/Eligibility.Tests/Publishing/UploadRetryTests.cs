using Eligibility.Core.Manuals;
using Eligibility.Core.Passages;
using Eligibility.Tests.Determinations.Api;
using Eligibility.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Eligibility.Tests.Publishing;

/// <summary>
/// A job whose staging fails for a reason that is not the file's (the database refused the write) goes back to the
/// queue with that reason and is retried by Hangfire after its back-off; the retry stages the version, once.
/// </summary>
public sealed class UploadRetryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_transient_failure_is_retried_with_back_off_and_the_retry_stages_the_version_once()
    {
        await using var app = new EligibilityApp(services: services =>
        {
            var original = services.Last(d => d.ServiceType == typeof(IManualStore));
            services.Remove(original);
            services.AddSingleton<IManualStore>(sp => new FailingOnce((IManualStore)(original.ImplementationFactory?.Invoke(sp)
                ?? ActivatorUtilities.CreateInstance(sp, original.ImplementationType!))));
        });
        using var policy = await DeterminationClient.SignedInAsync(app, "policy");
        var manual = new AdminClient.Offered("rules.md", "# Rules\n\n## 1.1 Office hours\n\nThe office is open on weekdays.\n"u8.ToArray(), "retry-rules", "Retry rules", "v1", "2026-01-01");
        var id = (await AdminClient.AcceptedAsync(policy, manual))[0];

        // The first attempt fails to stage and waits for its retry, saying why.
        var until = DateTime.UtcNow.AddSeconds(60);
        System.Text.Json.JsonElement waiting;
        do
        {
            waiting = await AdminClient.GetAsync(policy, $"/api/admin/uploads/{id}");
            Assert.True(DateTime.UtcNow < until, $"the first attempt did not fail: {waiting}");
            await Task.Delay(100, Ct);
        }
        while (waiting.GetProperty("stage").GetString() != "waiting to retry");

        Assert.Equal("queued", waiting.GetProperty("status").GetString());
        Assert.Contains("database is locked", waiting.GetProperty("error").GetString(), StringComparison.Ordinal);

        var done = await AdminClient.FinishedAsync(policy, id, seconds: 90);
        Assert.Equal("staged", done.GetProperty("status").GetString());
        Assert.Equal(2, done.GetProperty("attempts").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, done.GetProperty("error").ValueKind);
        var audit = app.Services.GetRequiredService<Eligibility.Core.Audit.IAuditLog>();
        Assert.Single(await audit.ReadAsync("retry-rules@v1", Ct), e => e.Kind == ManualAudit.Staged);
    }

    /// <summary>The catalogue, whose first staging of the test's manual fails as a busy SQLite database does.</summary>
    private sealed class FailingOnce(IManualStore inner) : IManualStore
    {
        private int _stagings;

        public Task StageAsync(ManualVersion version, IReadOnlyList<PageText> pages, IReadOnlyList<Passage> passages, ManualSource source, string actor, CancellationToken ct) =>
            version.ManualId == "retry-rules" && Interlocked.Increment(ref _stagings) == 1
                ? throw new SqliteException("SQLite Error 5: 'database is locked'.", 5)
                : inner.StageAsync(version, pages, passages, source, actor, ct);

        public Task<IReadOnlyList<ManualVersion>> ListVersionsAsync(string? manualId, CancellationToken ct) => inner.ListVersionsAsync(manualId, ct);

        public Task<ManualVersion?> FindVersionAsync(ManualVersionKey key, CancellationToken ct) => inner.FindVersionAsync(key, ct);

        public Task<ManualVersion> PublishAsync(ManualVersionKey key, string actor, CancellationToken ct) => inner.PublishAsync(key, actor, ct);

        public Task<RollbackResult> RollbackAsync(string manualId, string actor, CancellationToken ct) => inner.RollbackAsync(manualId, actor, ct);

        public Task<IReadOnlyList<ManualVersion>> VersionsInEffectAsync(DateOnly asOf, IReadOnlyCollection<string>? manualIds, CancellationToken ct) => inner.VersionsInEffectAsync(asOf, manualIds, ct);

        public Task<IReadOnlyList<Passage>> GetPassagesAsync(ManualVersionKey key, CancellationToken ct) => inner.GetPassagesAsync(key, ct);

        public Task<IReadOnlyList<Passage>> GetPassagesAsync(IReadOnlyCollection<string> passageIds, CancellationToken ct) => inner.GetPassagesAsync(passageIds, ct);

        public Task<PageText?> GetPageAsync(ManualVersionKey key, int page, CancellationToken ct) => inner.GetPageAsync(key, page, ct);

        public Task<ManualSource?> GetSourceAsync(ManualVersionKey key, CancellationToken ct) => inner.GetSourceAsync(key, ct);
    }
}
