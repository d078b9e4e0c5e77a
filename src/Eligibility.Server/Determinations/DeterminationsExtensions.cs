using Eligibility.Core.Determinations;
using Eligibility.Core.Retrieval;

namespace Eligibility.Server.Determinations;

internal static class DeterminationsExtensions
{
    /// <summary>Drafting: the figures calculator over the versioned tables, retrieval, and Claude when configured (else the no-model draft).</summary>
    public static IHostApplicationBuilder AddDeterminations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(CaseFiguresCalculator.Default);
        builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, RefusedDecisionAudit>();
        builder.Services.AddSingleton(sp => new DeterminationDrafting(
            sp.GetRequiredService<HybridRetriever>(), sp.GetRequiredService<CaseFiguresCalculator>(), sp.GetService<IDeterminationDrafter>()));
        return builder;
    }
}
