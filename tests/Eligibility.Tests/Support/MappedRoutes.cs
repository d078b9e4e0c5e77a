using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Eligibility.Tests.Support;

/// <summary>The app's HTTP endpoints (hubs aside) as "METHOD /path", each route parameter written as <c>x</c>.</summary>
internal static class MappedRoutes
{
    public static IReadOnlyList<(string Method, string Path, RouteEndpoint Endpoint)> Of(EligibilityApp app) =>
    [
        .. app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && !raw.StartsWith("/hubs/", StringComparison.Ordinal))
            .Select(e => (Method(e), Path(e), e)),
    ];

    private static string Path(RouteEndpoint endpoint) =>
        "/" + string.Join("/", endpoint.RoutePattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p is RoutePatternLiteralPart l ? l.Content : "x"))));

    private static string Method(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods is [var first, ..] ? first : "GET";
}
