using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Eligibility.Server.Security;

internal static class SecurityExtensions
{
    /// <summary>Security headers, the Origin check and the trusted proxies (configuration "Security"), and no Server header from Kestrel.</summary>
    public static IHostApplicationBuilder AddBrowserSecurity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.SectionName)
            .Validate(o => o.EmbeddingOrigins.All(e => Uri.TryCreate(e, UriKind.Absolute, out var u) && u.AbsolutePath == "/" && (u.Scheme == "https" || u.Scheme == "http")),
                "Security:EmbeddingOrigins must be origins such as https://cases.example.gov (scheme and host, no path)")
            .Validate(o => o.KnownProxies.All(p => IPAddress.TryParse(p, out _)), "Security:KnownProxies must be IP addresses")
            .Validate(o => o.KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _)), "Security:KnownNetworks must be networks such as 10.0.0.0/8")
            .ValidateOnStart();
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.AddServerHeader = false);
        var proxies = builder.Configuration.GetSection(SecurityOptions.SectionName).Get<SecurityOptions>() ?? new SecurityOptions();
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the configured proxies: the defaults (loopback) are cleared so that nothing else is trusted by accident.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            // A malformed entry is left out here and named by the validation above.
            foreach (var proxy in proxies.KnownProxies)
            {
                if (IPAddress.TryParse(proxy, out var address))
                {
                    o.KnownProxies.Add(address);
                }
            }

            foreach (var network in proxies.KnownNetworks)
            {
                if (System.Net.IPNetwork.TryParse(network, out var parsed))
                {
                    o.KnownIPNetworks.Add(parsed);
                }
            }
        });
        return builder;
    }

    public static IApplicationBuilder UseBrowserSecurity(this WebApplication app)
    {
        // First, so that throttling and the Origin check see the client's address and scheme as the proxy saw them. Only with
        // proxies configured: with none, the middleware would believe a forwarded header from anyone.
        var security = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SecurityOptions>>().Value;
        if (security.KnownProxies.Count > 0 || security.KnownNetworks.Count > 0)
        {
            app.UseForwardedHeaders();
        }
        if (!app.Environment.IsDevelopment())
        {
            // Only over HTTPS does the browser take it; plain-HTTP loopback use is unaffected.
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<OriginCheck>();
        return app;
    }
}
