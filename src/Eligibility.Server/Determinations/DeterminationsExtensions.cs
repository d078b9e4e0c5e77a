
namespace Eligibility.Server.Determinations;

internal static class DeterminationsExtensions
{
    /// <summary>The determinations API's own parts, over the drafting registered by <c>AddAnswering</c>.</summary>
    public static IHostApplicationBuilder AddDeterminations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, RefusedDecisionAudit>();
        return builder;
    }
}
