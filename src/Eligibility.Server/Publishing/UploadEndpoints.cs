using System.Security.Claims;
using Eligibility.Core.Publishing;
using Eligibility.Server.Identity;
using Microsoft.Extensions.Options;

namespace Eligibility.Server.Publishing;

/// <summary>
/// Uploads: <c>POST /api/admin/uploads</c> takes a multipart form of files, each with its <c>manual</c>,
/// <c>title</c>, <c>version</c> and <c>effective</c> fields in the same order (or one <c>manifest</c> file naming
/// them), and answers with a receipt per file: its upload id, or why it was refused. Progress is pushed over
/// <see cref="AdminHub"/> and listed by <c>GET /api/admin/uploads</c>.
/// </summary>
internal static class UploadEndpoints
{
    public static RouteGroupBuilder MapUploads(this RouteGroupBuilder admin)
    {
        admin.MapPost("/uploads", async (HttpRequest request, ClaimsPrincipal user, UploadIntake intake, IOptions<PublishingOptions> options, CancellationToken ct) =>
        {
            var (files, problem) = await UploadForm.ReadAsync(request, options.Value, ct);
            if (problem is not null)
            {
                return Results.Problem(problem, statusCode: 400, title: "Upload not accepted");
            }

            var receipts = await intake.AcceptAsync(files, user.Identity!.Name!, ct);
            return Results.Ok(new { receipts, accepted = receipts.Count(r => r.UploadId is not null), refused = receipts.Count(r => r.Error is not null) });
        }).RequirePanelHeader().DisableAntiforgery().WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(long.MaxValue));

        admin.MapGet("/uploads", async (IUploadStore uploads, CancellationToken ct) =>
            Results.Ok((await uploads.ListAsync(100, ct)).Select(UploadView.Of)));

        admin.MapGet("/uploads/{id}", async (string id, IUploadStore uploads, CancellationToken ct) =>
            await uploads.FindAsync(id, ct) is { } upload ? Results.Ok(UploadView.Of(upload)) : Results.Problem($"There is no upload {id}.", statusCode: 404, title: "No such upload"));
        return admin;
    }
}
