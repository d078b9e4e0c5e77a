using System.Security.Claims;
using Eligibility.Core.Conversations;
using Eligibility.Core.Determinations;
using Eligibility.Core.Manuals;

using Eligibility.Server.Identity;

namespace Eligibility.Server.Assistant;

/// <summary>
/// Builds the panel's view of a passage: its text, provenance, neighbours and a link to the source page. Only
/// passages of versions that were published are shown: a staged version is nobody's policy yet, and its ids lead
/// nowhere. A withdrawn version's passage opens only for someone who can see a citation of it (an answer in their
/// conversations, a determination of theirs; admins always), marked as withdrawn.
/// </summary>
public sealed class PassageViews(IManualStore manuals, IConversationStore conversations, IDeterminationStore determinations)
{
    public async Task<PassageView?> FindAsync(string passageId, ClaimsPrincipal user, CancellationToken ct)
    {
        var passage = (await manuals.GetPassagesAsync([passageId], ct)).SingleOrDefault();
        var version = passage is null ? null : await manuals.FindVersionAsync(passage.VersionKey, ct);
        if (passage is null || version is null || !WasPublished(version))
        {
            return null;
        }

        var withdrawn = version.Status == VersionStatus.Withdrawn;
        var name = user.Identity?.Name ?? "";
        if (withdrawn && !user.IsInRole(Roles.Admin)
            && !await conversations.CitesAsync(name, passage.Id, ct) && !await determinations.CitesAsync(name, passage.Id, ct))
        {
            return null;
        }

        var neighbours = await manuals.GetPassagesAsync(
            [Core.Passages.Passage.MakeId(passage.VersionKey, passage.Ordinal - 1), Core.Passages.Passage.MakeId(passage.VersionKey, passage.Ordinal + 1)], ct);
        PassageNeighbour? Neighbour(int ordinal) => neighbours.FirstOrDefault(n => n.Ordinal == ordinal) is { } n ? new PassageNeighbour(n.Id, n.SectionPath.ToString(), n.Text) : null;
        return new PassageView(passage.Id, passage.ManualId, passage.ManualTitle, passage.Version, passage.EffectiveDate, passage.SectionPath.ToString(),
            passage.PageStart, passage.PageEnd, passage.Text, passage.FromOcr, withdrawn,
            $"/api/manuals/{Uri.EscapeDataString(passage.ManualId)}/{Uri.EscapeDataString(passage.Version)}/source#page={passage.PageStart}",
            Neighbour(passage.Ordinal - 1), Neighbour(passage.Ordinal + 1))
        {
            Flagged = [.. Core.Passages.PlantedInstructions.Sentences(passage.Text).Select(s => new[] { s.Start, s.End })],
        };
    }

    /// <summary>Published now, or withdrawn after having been published (it has a publication time).</summary>
    public static async Task<bool> WasPublishedAsync(IManualStore manuals, ManualVersionKey key, CancellationToken ct) =>
        await manuals.FindVersionAsync(key, ct) is { } version && WasPublished(version);

    private static bool WasPublished(ManualVersion version) =>
        version.Status == VersionStatus.Published || (version.Status == VersionStatus.Withdrawn && version.PublishedAt is not null);
}
