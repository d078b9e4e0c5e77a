using Eligibility.Core.Manuals;
using Eligibility.Ingest.Pipeline;

namespace Eligibility.Ingest.Publishing;

/// <summary>
/// What a version changes against the one it takes over from (or any earlier one), and what on record relied on
/// the text it changes or removes: the answers and determinations policy staff must look at before publishing.
/// </summary>
public sealed record VersionReview(ManualVersion Version, ManualVersion? Previous, VersionDiff? Diff, Impact Impact)
{
    /// <summary>A version against the published one it takes over from: the latest effective on or before it.</summary>
    public static async Task<VersionReview> OfAsync(IManualStore store, IImpactQuery impact, ManualVersion version, CancellationToken ct)
    {
        var previous = await SupersededByAsync(store, version, ct);
        return previous is null
            ? new VersionReview(version, null, null, new Impact([], []))
            : await BetweenAsync(store, impact, previous, version, ct);
    }

    public static async Task<VersionReview> BetweenAsync(IManualStore store, IImpactQuery impact, ManualVersion from, ManualVersion to, CancellationToken ct)
    {
        var diff = VersionDiff.Between(await store.GetPassagesAsync(from.Key, ct), await store.GetPassagesAsync(to.Key, ct));
        return new VersionReview(to, from, diff, await impact.CitingAsync(diff.PassagesChangedOrRemoved, ct));
    }

    /// <summary>The published version <paramref name="next"/> takes over from: the latest one effective on or before it.</summary>
    public static async Task<ManualVersion?> SupersededByAsync(IManualStore store, ManualVersion next, CancellationToken ct) =>
        (await store.ListVersionsAsync(next.ManualId, ct))
            .Where(v => v.Status == VersionStatus.Published && v.Key != next.Key && v.EffectiveDate <= next.EffectiveDate)
            .MaxBy(v => (v.EffectiveDate, v.PublishedAt ?? DateTimeOffset.MinValue)); // on the same date, the one published last is in effect

    /// <summary>The decided (approved, amended, rejected) determinations among the impacted ones.</summary>
    public IReadOnlyList<ImpactedDetermination> DecidedDeterminations => [.. Impact.Determinations.Where(d => d.State != "Draft")];

    public string ImpactLine => $"{Impact.Answers.Count} saved answers, {Impact.Determinations.Count} determinations ({DecidedDeterminations.Count} decided)";
}
