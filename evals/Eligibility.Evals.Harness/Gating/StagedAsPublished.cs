using Eligibility.Core.Manuals;
using Eligibility.Core.Passages;

namespace Eligibility.Evals.Gating;

/// <summary>
/// The catalogue as it would be if one staged version were published: what a gate run searches. Every other
/// read and every write goes to the real catalogue, which this never changes.
/// </summary>
public sealed class StagedAsPublished(IManualStore inner, ManualVersion staged) : IManualStore
{
    public async Task<IReadOnlyList<ManualVersion>> VersionsInEffectAsync(DateOnly asOf, IReadOnlyCollection<string>? manualIds, CancellationToken ct)
    {
        var real = await inner.VersionsInEffectAsync(asOf, manualIds, ct);
        if (manualIds is not null && !manualIds.Contains(staged.ManualId))
        {
            return real;
        }

        // For the staged version's manual: the latest effective on or before the date, the staged version among them.
        var candidates = (await inner.ListVersionsAsync(staged.ManualId, ct))
            .Where(v => v.Status == VersionStatus.Published && v.Key != staged.Key)
            .Append(staged with { Status = VersionStatus.Published })
            .Where(v => v.EffectiveDate <= asOf);
        var chosen = candidates.MaxBy(v => (v.EffectiveDate, v.Key == staged.Key));
        return [.. real.Where(v => v.ManualId != staged.ManualId), .. chosen is null ? [] : new[] { chosen }];
    }

    public Task<IReadOnlyList<ManualVersion>> ListVersionsAsync(string? manualId, CancellationToken ct) => inner.ListVersionsAsync(manualId, ct);

    public Task<ManualVersion?> FindVersionAsync(ManualVersionKey key, CancellationToken ct) => inner.FindVersionAsync(key, ct);

    public Task StageAsync(ManualVersion version, IReadOnlyList<PageText> pages, IReadOnlyList<Passage> passages, ManualSource source, string actor, CancellationToken ct) =>
        throw new InvalidOperationException("a gate run only reads the catalogue");

    public Task<ManualVersion> PublishAsync(ManualVersionKey key, string actor, CancellationToken ct) =>
        throw new InvalidOperationException("a gate run only reads the catalogue");

    public Task<RollbackResult> RollbackAsync(string manualId, string actor, CancellationToken ct) =>
        throw new InvalidOperationException("a gate run only reads the catalogue");

    public Task<IReadOnlyList<Passage>> GetPassagesAsync(ManualVersionKey key, CancellationToken ct) => inner.GetPassagesAsync(key, ct);

    public Task<IReadOnlyList<Passage>> GetPassagesAsync(IReadOnlyCollection<string> passageIds, CancellationToken ct) => inner.GetPassagesAsync(passageIds, ct);

    public Task<PageText?> GetPageAsync(ManualVersionKey key, int page, CancellationToken ct) => inner.GetPageAsync(key, page, ct);

    public Task<ManualSource?> GetSourceAsync(ManualVersionKey key, CancellationToken ct) => inner.GetSourceAsync(key, ct);
}
