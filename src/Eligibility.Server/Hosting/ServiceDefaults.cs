namespace Eligibility.Server.Hosting;

internal static class ServiceDefaults
{
    /// <summary>Structured (JSON) logs when <c>Logging:Format=json</c>, and the OpenAPI document at <c>/openapi/v1.json</c>.</summary>
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        if (string.Equals(builder.Configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(options => options.IncludeScopes = true);
        }

        builder.Services.AddOpenApi();
        return builder;
    }
}
