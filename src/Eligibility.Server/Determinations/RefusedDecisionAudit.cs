using Eligibility.Core.Audit;
using Eligibility.Server.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Eligibility.Server.Determinations;

/// <summary>
/// Records in the audit log every signed-in caller who tried to decide a determination without the right to
/// (another role, or a program's token), then answers 403 as usual. Anonymous callers get 401 and no entry.
/// </summary>
internal sealed class RefusedDecisionAudit(IAuditLog audit) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated == true
            && context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == Roles.DecidePolicy) == true)
        {
            var id = context.Request.RouteValues.TryGetValue("id", out var value) ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "" : "";
            await audit.AppendAsync(DeterminationAudit.Refused(context.User.Identity.Name ?? "unknown", id,
                "not a caseworker in a human session (role: " + string.Join(", ", context.User.Claims.Where(c => c.Type == System.Security.Claims.ClaimTypes.Role).Select(c => c.Value)) + ")"), context.RequestAborted);
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
