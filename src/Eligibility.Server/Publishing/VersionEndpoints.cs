using System.Security.Claims;
using Eligibility.Core.Audit;
using Eligibility.Core.Manuals;
using Eligibility.Ingest.Publishing;
using Eligibility.Server.Identity;
using Eligibility.Server.PersonalData;
using Eligibility.Server.Publishing.Gate;

namespace Eligibility.Server.Publishing;

/// <summary>
/// Policy staff's view of the catalogue: every version with its status, a version's review (diff, warnings,
/// impact) and its original file, publishing (which flags impacted final determinations and tells their owners)
/// and rolling back. Publishing and rolling back are each one transaction with their audit entry.
/// </summary>
internal static class VersionEndpoints
{
    public static RouteGroupBuilder MapVersions(this RouteGroupBuilder admin)
    {
        admin.MapGet("/versions", async (IManualStore store, CancellationToken ct) =>
            Results.Ok((await store.ListVersionsAsync(null, ct)).Select(v => new { version = VersionSummary.Of(v), v.Warnings })));

        admin.MapGet("/versions/{manual}/{version}/review", async (string manual, string version, IManualStore store, IImpactQuery impact, CancellationToken ct) =>
            await store.FindVersionAsync(new ManualVersionKey(manual, version), ct) is { } found
                ? Results.Ok(ReviewReport.Of(await VersionReview.OfAsync(store, impact, found, ct)))
                : NotFound(manual, version))
            .ReadsPersonalData("version-review-read"); // its impact quotes caseworkers' questions

        admin.MapGet("/versions/{manual}/{version}/source", async (string manual, string version, IManualStore store, CancellationToken ct) =>
            await store.GetSourceAsync(new ManualVersionKey(manual, version), ct) is { } source
                ? Results.File(source.Content, source.FileName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? "application/pdf" : "text/plain", enableRangeProcessing: true)
                : NotFound(manual, version));

        admin.MapGet("/versions/{manual}/{version}/gate", async (string manual, string version, IManualStore store, PublishGate gate, CancellationToken ct) =>
            await store.FindVersionAsync(new ManualVersionKey(manual, version), ct) is null
                ? NotFound(manual, version)
                : Results.Ok(await gate.VerdictAsync(new ManualVersionKey(manual, version), ct)));

        admin.MapPost("/versions/{manual}/{version}/gate", async (string manual, string version, ClaimsPrincipal user, IManualStore store, PublishGate gate, CancellationToken ct) =>
        {
            if (await store.FindVersionAsync(new ManualVersionKey(manual, version), ct) is not { } found)
            {
                return NotFound(manual, version);
            }

            return await gate.RequestAsync(found, user.Identity!.Name!, ct) is { } run
                ? Results.Accepted($"/api/admin/versions/{manual}/{version}/gate", run)
                : Results.Problem($"No gate suite is configured for {manual} (Publishing:Gates:{manual}); publishing it is not gated.", statusCode: 409, title: "No gate");
        }).RequirePanelHeader();

        admin.MapPost("/versions/{manual}/{version}/publish", async (string manual, string version, PublishRequest? body, ClaimsPrincipal user, IManualStore store,
            VersionPublisher publisher, PublishGate gate, IAuditLog audit, PublishingNotifier notifier, CancellationToken ct) =>
        {
            var key = new ManualVersionKey(manual, version);
            if (await store.FindVersionAsync(key, ct) is null)
            {
                return NotFound(manual, version);
            }

            var actor = user.Identity!.Name!;
            var verdict = await gate.VerdictAsync(key, ct);
            var reason = body?.Override?.Trim();
            if (verdict.Blocks)
            {
                if (string.IsNullOrEmpty(reason))
                {
                    return Results.Problem($"{verdict.Reason} An admin may publish anyway with a reason.", statusCode: 409, title: "Blocked by the gate");
                }

                if (!user.IsInRole(Roles.Admin))
                {
                    return Results.Problem("Only an admin may override the publish gate.", statusCode: 403, title: "Not allowed");
                }

                await audit.AppendAsync(new AuditRecord(actor, "gate-overridden", key.ToString(), new { reason, gate = verdict.Reason, run = verdict.Latest?.Id }), ct);
            }

            var publication = await publisher.PublishAsync(key, actor, ct);
            await notifier.NoticesRaisedAsync(publication.Flags, ct);
            await notifier.VersionsChangedAsync(manual, ct);
            return Results.Ok(new
            {
                published = VersionSummary.Of(publication.Published),
                replaces = publication.Review.Previous is { } p ? VersionSummary.Of(p) : null,
                flagged = publication.Review.DecidedDeterminations.Select(d => new { determination = d.DeterminationId, d.Owner, d.State }),
            });
        }).RequirePanelHeader();

        admin.MapPost("/manuals/{manual}/rollback", async (string manual, ClaimsPrincipal user, IManualStore store, PublishingNotifier notifier, CancellationToken ct) =>
        {
            try
            {
                var rollback = await store.RollbackAsync(manual, user.Identity!.Name!, ct);
                await notifier.VersionsChangedAsync(manual, ct);
                return Results.Ok(new { withdrawn = VersionSummary.Of(rollback.Withdrawn), inEffect = rollback.NowInEffect is { } v ? VersionSummary.Of(v) : null });
            }
            catch (KeyNotFoundException e)
            {
                return Results.Problem(e.Message, statusCode: 404, title: "Nothing to roll back");
            }
        }).RequirePanelHeader();
        return admin;
    }

    /// <summary>A publish's body: the reason an admin publishes although the gate blocks it.</summary>
    public sealed record PublishRequest(string? Override);

    private static IResult NotFound(string manual, string version) =>
        Results.Problem($"There is no version {version} of {manual}.", statusCode: 404, title: "No such version");
}
