using Eligibility.Core.Manuals;

namespace Eligibility.Server.Health;

internal static class HealthEndpoints
{
    /// <summary><c>GET /health</c>: up, and how many manual versions are in effect today. Anonymous by design (load balancers).</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (IManualStore store, TimeProvider clock, CancellationToken ct) =>
        {
            var inEffect = await store.VersionsInEffectAsync(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), null, ct);
            return TypedResults.Ok(new HealthReport("ok", inEffect.Count, inEffect.Select(v => v.Key.ToString()).ToList()));
        }).AllowAnonymous();
        return app;
    }

    internal sealed record HealthReport(string Status, int ManualsInEffect, IReadOnlyList<string> Versions);
}
