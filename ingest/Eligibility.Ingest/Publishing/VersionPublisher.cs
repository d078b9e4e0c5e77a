using Eligibility.Core.Audit;
using Eligibility.Core.Manuals;
using Eligibility.Core.Publishing;

namespace Eligibility.Ingest.Publishing;

/// <summary>What publishing did: the version now published, its review against the one it took over from, and the notices it raised.</summary>
public sealed record Publication(ManualVersion Published, VersionReview Review, IReadOnlyList<Notice> Flags);

/// <summary>
/// Publishes a staged (or withdrawn) version, then flags for review the decided determinations that cited text it
/// changes or removes in the version it takes over from: each owner gets a notice, raised once (its id comes from the
/// determination and the version), so publishing again after a crash between the two steps completes the flags.
/// </summary>
public sealed class VersionPublisher(IManualStore store, IImpactQuery impact, INoticeStore notices, TimeProvider clock)
{
    public async Task<Publication> PublishAsync(ManualVersionKey key, string actor, CancellationToken ct)
    {
        var version = await store.FindVersionAsync(key, ct) ?? throw new KeyNotFoundException($"no version {key}");
        var review = await VersionReview.OfAsync(store, impact, version, ct);
        var published = await store.PublishAsync(key, actor, ct);
        var flags = review.DecidedDeterminations.Select(d => Flag(d, review, published)).ToList();
        var raised = await notices.RaiseAsync(flags,
            new AuditRecord(actor, "determinations-flagged", key.ToString(), new
            {
                replaces = review.Previous?.Key.ToString(),
                determinations = review.DecidedDeterminations.Select(d => new { id = d.DeterminationId, d.Owner, d.State, d.Passages }),
            }), ct);
        return new Publication(published, review, raised);
    }

    private Notice Flag(ImpactedDetermination d, VersionReview review, ManualVersion published) => new(
        Notice.IdFor("flag", d.DeterminationId, published.Key.ToString()),
        d.Owner,
        NoticeKinds.DeterminationFlagged,
        d.DeterminationId,
        $"Review determination {d.DeterminationId} ({d.State.ToLowerInvariant()}): {published.Title} version {published.Version}, effective {published.EffectiveDate:yyyy-MM-dd}, " +
        $"changes or removes text it cited from version {review.Previous?.Version} ({string.Join(", ", d.Passages)}).",
        clock.GetUtcNow(),
        null);

}
