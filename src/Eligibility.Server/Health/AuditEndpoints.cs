using Eligibility.Core.Audit;
using Eligibility.Server.Identity;

namespace Eligibility.Server.Health;

internal static class AuditEndpoints
{
    /// <summary><c>GET /api/audit/verify</c> (admin): walks the hash chain and names the first broken entry.</summary>
    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit/verify", async (IAuditLog audit, CancellationToken ct) => TypedResults.Ok(await audit.VerifyAsync(ct)))
            .RequireAuthorization(Roles.AdminPolicy);
        return app;
    }
}
