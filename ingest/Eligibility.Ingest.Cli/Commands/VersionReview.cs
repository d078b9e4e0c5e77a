using Eligibility.Core.Manuals;
using Eligibility.Ingest.Pipeline;

namespace Eligibility.Ingest.Cli.Commands;

/// <summary>What a later version changes against an earlier one, and what on record relied on the text it changes or removes.</summary>
internal sealed record VersionReview(VersionDiff Diff, Impact Impact)
{
    public static async Task<VersionReview> BetweenAsync(CliServices services, ManualVersionKey from, ManualVersionKey to, CancellationToken ct)
    {
        var diff = VersionDiff.Between(await services.Store.GetPassagesAsync(from, ct), await services.Store.GetPassagesAsync(to, ct));
        return new VersionReview(diff, await services.Impact.CitingAsync(diff.PassagesChangedOrRemoved, ct));
    }

    /// <summary>The published version <paramref name="next"/> takes over from: the latest one effective on or before it.</summary>
    public static async Task<ManualVersion?> SupersededByAsync(CliServices services, ManualVersion next, CancellationToken ct) =>
        (await services.Store.ListVersionsAsync(next.ManualId, ct))
            .Where(v => v.Status == VersionStatus.Published && v.Key != next.Key && v.EffectiveDate <= next.EffectiveDate)
            .MaxBy(v => v.EffectiveDate);

    public string ImpactLine => $"{Impact.Answers.Count} saved answers, {Impact.Determinations.Count} determinations ({Impact.Determinations.Count(d => d.State != "Draft")} decided)";
}
