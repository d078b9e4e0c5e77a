using Eligibility.Server.Identity;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.Extensions.Options;

namespace Eligibility.Server.Publishing;

internal static class PublishingExtensions
{
    /// <summary>The jobs dashboard's own Content-Security-Policy: Hangfire's pages need inline styles and scripts.</summary>
    public const string DashboardPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public const string DashboardPath = "/admin/jobs";

    /// <summary>
    /// Policy staff's workflow: uploads ingested by Hangfire jobs kept in the records' own database engine
    /// (<see cref="JobStorageSetup"/>), progress and notices over SignalR, review, publishing and the feedback inbox.
    /// </summary>
    public static IHostApplicationBuilder AddPublishing(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PublishingOptions>().BindConfiguration(PublishingOptions.SectionName)
            .Validate(o => o.MaxUploadBytes > 0 && o.MaxFilesPerUpload > 0 && o.Workers > 0 && o.LeaseSeconds >= 3 && o.SweepSeconds >= 1 && o.MaxAttempts >= 1,
                "Publishing: MaxUploadBytes, MaxFilesPerUpload, Workers, SweepSeconds and MaxAttempts must be positive, LeaseSeconds at least 3")
            .ValidateOnStart();
        builder.Services.AddSingleton<PublishingNotifier>();
        builder.Services.AddSingleton<UploadIntake>();
        builder.Services.AddTransient<UploadIngestJob>();
        builder.Services.AddTransient<UploadRecovery>();
        builder.Services.AddTransient<FolderWatch>();
        builder.Services.AddTransient<Gate.PublishGate>();
        // This app's own storage and activator, registered before AddHangfire so its defaults (the process-wide
        // JobStorage.Current and JobActivator.Current) never apply: two hosts in one process never share a queue.
        builder.Services.AddSingleton(JobStorageSetup.Create);
        builder.Services.AddSingleton<JobActivator>(services => new Hangfire.AspNetCore.AspNetCoreJobActivator(services.GetRequiredService<IServiceScopeFactory>()));
        builder.Services.AddHangfire((services, config) => config
            .UseLogProvider(HangfireLogs.Instance.Attach(services.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        builder.Services.AddHostedService<JobSchema>();
        builder.Services.AddHangfireServer((services, server) =>
        {
            server.WorkerCount = services.GetRequiredService<IOptions<PublishingOptions>>().Value.Workers;
            server.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            server.SchedulePollingInterval = TimeSpan.FromSeconds(2);
        });
        builder.Services.AddHostedService<PublishingSchedule>();
        return builder;
    }

    public static IEndpointRouteBuilder MapPublishing(this IEndpointRouteBuilder app)
    {
        app.MapHub<AdminHub>(AdminHub.Path);
        var admin = app.MapGroup("/api/admin").RequireAuthorization(Roles.PublishingPolicy);
        admin.MapUploads();
        admin.MapVersions();
        admin.MapFeedbackInbox();
        app.MapNotices();
        app.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            // The endpoint's own authorization (admins only) decides; Hangfire's default would allow local requests only.
            Authorization = [new EndpointDecides()],
            AppPath = "/admin/",
            DashboardTitle = "Eligibility jobs",
            DisplayStorageConnectionString = false,
        }).RequireAuthorization(Roles.AdminPolicy);
        return app;
    }

    /// <summary>Gives the jobs dashboard its own Content-Security-Policy before the product's stricter one is applied.</summary>
    public static IApplicationBuilder UseDashboardPolicy(this IApplicationBuilder app) =>
        app.UseWhen(http => http.Request.Path.StartsWithSegments(DashboardPath), branch => branch.Use((http, next) =>
        {
            http.Response.Headers.ContentSecurityPolicy = DashboardPolicy;
            return next(http);
        }));

    private sealed class EndpointDecides : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
    }
}
