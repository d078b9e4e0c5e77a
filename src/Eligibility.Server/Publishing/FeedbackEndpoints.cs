using System.Security.Claims;
using Eligibility.Core.Audit;
using Eligibility.Core.Feedback;
using Eligibility.Core.Manuals;
using Eligibility.Core.Publishing;
using Eligibility.Server.Identity;
using Eligibility.Server.PersonalData;

namespace Eligibility.Server.Publishing;

/// <summary>
/// The feedback inbox: answers caseworkers marked wrong or outdated, with the question, the answer, its cited
/// passages and the comment. Policy staff resolve each with a note and, optionally, the version that fixes it; the
/// caseworker gets a notice and sees the status beside their feedback.
/// </summary>
internal static class FeedbackEndpoints
{
    public sealed record Resolution(string? Note, string? FixedBy);

    public static RouteGroupBuilder MapFeedbackInbox(this RouteGroupBuilder admin)
    {
        admin.MapGet("/feedback", async (bool? all, IFeedbackInbox inbox, CancellationToken ct) =>
            Results.Ok(await inbox.ListAsync(all == true, 200, ct)))
            .ReadsPersonalData("feedback-inbox-read");

        admin.MapPost("/feedback/{id}/resolve", async (string id, Resolution body, ClaimsPrincipal user, IFeedbackInbox inbox, IManualStore store, INoticeStore notices,
            PublishingNotifier notifier, TimeProvider clock, CancellationToken ct) =>
        {
            var note = body.Note?.Trim();
            if (string.IsNullOrEmpty(note) || note.Length > 2000)
            {
                return Results.Problem("Say how the feedback was resolved in a note of up to 2,000 characters.", statusCode: 400, title: "Note needed");
            }

            var fixedBy = string.IsNullOrWhiteSpace(body.FixedBy) ? null : body.FixedBy.Trim();
            if (fixedBy is not null && (ManualVersionKey.TryParse(fixedBy, out var key) is false || await store.FindVersionAsync(key, ct) is null))
            {
                return Results.Problem($"'{fixedBy}' is not a stored version; give it as manual@version.", statusCode: 400, title: "No such version");
            }

            var actor = user.Identity!.Name!;
            var item = await inbox.ResolveAsync(id, actor, note, fixedBy, new AuditRecord(actor, "feedback-resolved", id, new { note, fixedBy }), ct);
            if (item is null)
            {
                return Results.Problem($"There is no wrong or outdated feedback {id}.", statusCode: 404, title: "No such feedback");
            }

            var raised = await notices.RaiseAsync([item.ResolvedNotice(clock.GetUtcNow())], item.NoticeRecord, ct);
            await notifier.NoticesRaisedAsync(raised, ct);
            return Results.Ok(item);
        }).RequirePanelHeader().WithMetadata(new ReadsPersonalDataAttribute("feedback-resolved")); // its own audit entry, of that kind
        return admin;
    }
}
