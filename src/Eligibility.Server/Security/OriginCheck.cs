using Microsoft.Extensions.Options;

namespace Eligibility.Server.Security;

/// <summary>
/// Refuses browser requests from pages of other sites: the hub (its negotiation and its WebSocket, which a cookie
/// alone would otherwise open from anywhere once cookies are SameSite=None for embedding) and every state change.
/// Browsers send Origin on both; it must be the panel's own origin or one of <see cref="SecurityOptions.EmbeddingOrigins"/>.
/// </summary>
internal sealed class OriginCheck(RequestDelegate next, IOptions<SecurityOptions> options)
{
    private readonly HashSet<string> _allowed = new(options.Value.EmbeddingOrigins.Select(o => o.TrimEnd('/')), StringComparer.OrdinalIgnoreCase);

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var guarded = request.Path.StartsWithSegments("/hubs") || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));
        if (!guarded || !request.Headers.TryGetValue("Origin", out var values) || values.ToString() is not { Length: > 0 } origin)
        {
            return next(context);
        }

        var own = $"{request.Scheme}://{request.Host}";
        if (string.Equals(origin, own, StringComparison.OrdinalIgnoreCase) || _allowed.Contains(origin))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return context.Response.WriteAsJsonAsync(new { title = "Origin not allowed", status = 403, detail = $"Requests from pages on {origin} are not accepted; only this site and the configured embedding sites (Security:EmbeddingOrigins) may call it." });
    }
}
