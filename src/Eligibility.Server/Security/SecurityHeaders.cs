using Microsoft.Extensions.Options;

namespace Eligibility.Server.Security;

/// <summary>
/// The headers every response carries: a Content-Security-Policy with no inline script, frame-ancestors from
/// <see cref="SecurityOptions.EmbeddingOrigins"/> ('self' by default), nosniff and a strict referrer policy.
/// The print page sets its own policy (no script at all, its inline style allowed).
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next, IOptions<SecurityOptions> options)
{
    public const string PrintPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private readonly string _policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors " + string.Join(' ', ["'self'", .. options.Value.EmbeddingOrigins]);

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            if (!headers.ContainsKey("Content-Security-Policy"))
            {
                headers.ContentSecurityPolicy = _policy;
            }

            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.Remove("Server");
            return Task.CompletedTask;
        });
        return next(context);
    }
}
