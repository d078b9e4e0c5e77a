namespace Eligibility.Server.Security;

internal static class SecurityExtensions
{
    /// <summary>Security headers and the Origin check (configuration "Security"), and no Server header from Kestrel.</summary>
    public static IHostApplicationBuilder AddBrowserSecurity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.SectionName)
            .Validate(o => o.EmbeddingOrigins.All(e => Uri.TryCreate(e, UriKind.Absolute, out var u) && u.AbsolutePath == "/" && (u.Scheme == "https" || u.Scheme == "http")),
                "Security:EmbeddingOrigins must be origins such as https://cases.example.gov (scheme and host, no path)")
            .ValidateOnStart();
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.AddServerHeader = false);
        return builder;
    }

    public static IApplicationBuilder UseBrowserSecurity(this WebApplication app)
    {
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
