using Eligibility.Core.Manuals;

namespace Eligibility.Server.Assistant;

/// <summary>Builds the panel's view of a passage: its text, provenance, neighbours and a link to the source page.</summary>
public sealed class PassageViews(IManualStore manuals)
{
    public async Task<PassageView?> FindAsync(string passageId, CancellationToken ct)
    {
        var passage = (await manuals.GetPassagesAsync([passageId], ct)).SingleOrDefault();
        if (passage is null)
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
}
