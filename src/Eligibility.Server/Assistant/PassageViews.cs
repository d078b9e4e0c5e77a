using Eligibility.Core.Manuals;

namespace Eligibility.Server.Assistant;

/// <summary>
/// Builds the panel's view of a passage: its text, provenance, neighbours and a link to the source page. Only
/// passages of versions that were published (in effect, superseded or since withdrawn, as a cited answer may
/// point to them) are shown: a staged version is nobody's policy yet, and its ids lead nowhere.
/// </summary>
public sealed class PassageViews(IManualStore manuals)
{
    public async Task<PassageView?> FindAsync(string passageId, CancellationToken ct)
    {
        var passage = (await manuals.GetPassagesAsync([passageId], ct)).SingleOrDefault();
        if (passage is null || !await WasPublishedAsync(manuals, passage.VersionKey, ct))
        {
            return null;
        }

        var neighbours = await manuals.GetPassagesAsync(
            [Core.Passages.Passage.MakeId(passage.VersionKey, passage.Ordinal - 1), Core.Passages.Passage.MakeId(passage.VersionKey, passage.Ordinal + 1)], ct);
        PassageNeighbour? Neighbour(int ordinal) => neighbours.FirstOrDefault(n => n.Ordinal == ordinal) is { } n ? new PassageNeighbour(n.Id, n.SectionPath.ToString(), n.Text) : null;
        return new PassageView(passage.Id, passage.ManualId, passage.ManualTitle, passage.Version, passage.EffectiveDate, passage.SectionPath.ToString(),
            passage.PageStart, passage.PageEnd, passage.Text, passage.FromOcr,
            $"/api/manuals/{Uri.EscapeDataString(passage.ManualId)}/{Uri.EscapeDataString(passage.Version)}/source#page={passage.PageStart}",
            Neighbour(passage.Ordinal - 1), Neighbour(passage.Ordinal + 1));
    }

    /// <summary>Published now, or withdrawn after having been published (it has a publication time).</summary>
    public static async Task<bool> WasPublishedAsync(IManualStore manuals, ManualVersionKey key, CancellationToken ct) =>
        await manuals.FindVersionAsync(key, ct) is { } version
        && (version.Status == VersionStatus.Published || (version.Status == VersionStatus.Withdrawn && version.PublishedAt is not null));
}
