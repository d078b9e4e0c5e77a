using System.Security.Claims;
using Eligibility.Core.Feedback;
using Eligibility.Core.Publishing;
using Eligibility.Server.Identity;
using Eligibility.Server.PersonalData;

namespace Eligibility.Server.Publishing;

/// <summary>
/// What the panel shows a caseworker from policy staff's side: their notices (flagged determinations, resolved
/// feedback), shown at sign-in until dismissed and pushed live as they are raised, and the status of the feedback
/// they gave.
/// </summary>
internal static class NoticeEndpoints
{
    public static IEndpointRouteBuilder MapNotices(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(Roles.CaseworkerPolicy);
        api.MapGet("/notices", async (ClaimsPrincipal user, INoticeStore notices, CancellationToken ct) =>
            Results.Ok((await notices.UnreadAsync(user.Identity!.Name!, ct)).Select(NoticeView.Of)))
            .ReadsPersonalData("notices-listed");
        api.MapPost("/notices/{id}/dismiss", async (string id, ClaimsPrincipal user, INoticeStore notices, CancellationToken ct) =>
            await notices.DismissAsync(id, user.Identity!.Name!, ct) ? Results.NoContent() : Results.Problem($"You have no notice {id}.", statusCode: 404, title: "No such notice"))
            .RequirePanelHeader();
        api.MapGet("/feedback/mine", async (ClaimsPrincipal user, IFeedbackInbox inbox, CancellationToken ct) =>
            Results.Ok((await inbox.GivenByAsync(user.Identity!.Name!, 50, ct)).Select(f => new
            {
                f.Id, f.AnswerId, f.Kind, f.Comment, f.CreatedAt, f.Question, Status = f.Status.ToString().ToLowerInvariant(), f.ResolvedBy, f.ResolvedAt, f.ResolutionNote, f.FixedByVersion,
            })))
            .ReadsPersonalData("feedback-listed");
        return app;
    }
}
