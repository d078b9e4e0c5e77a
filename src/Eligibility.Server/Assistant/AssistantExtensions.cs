using System.Security.Claims;
using Microsoft.AspNetCore.SignalR;
using Eligibility.Core.Manuals;
using Eligibility.Server.Identity;
using Eligibility.Server.PersonalData;

namespace Eligibility.Server.Assistant;

internal static class AssistantExtensions
{
    /// <summary>The assistant's hub and passage views, over the answering registered by <c>AddAnswering</c>.</summary>
    public static IHostApplicationBuilder AddAssistant(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PassageViews>();
        builder.Services.AddSingleton<SessionConnections>();
        builder.Services.AddSingleton<RecentCaseNames>();
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        builder.Services.AddSignalR(options =>
            {
                options.MaximumReceiveMessageSize = 64 * 1024;
                options.AddFilter<PersonalDataAudit.HubFilter>();
            })
            .AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        return builder;
    }

    public static IEndpointRouteBuilder MapAssistant(this IEndpointRouteBuilder app)
    {
        app.MapHub<AssistantHub>("/hubs/assistant");
        var api = app.MapGroup("/api").RequireAuthorization(Roles.CaseworkerPolicy);
        api.MapGet("/passages/{id}", async (string id, ClaimsPrincipal user, PassageViews views, CancellationToken ct) =>
            await views.FindAsync(id, user, ct) is { } view ? Results.Ok(view) : Results.Problem($"Passage '{id}' was not found.", statusCode: 404));
        api.MapGet("/manuals/{manual}/{version}/source", async (string manual, string version, IManualStore store, CancellationToken ct) =>
            await PassageViews.WasPublishedAsync(store, new ManualVersionKey(manual, version), ct) && await store.GetSourceAsync(new ManualVersionKey(manual, version), ct) is { } source
                ? Results.File(source.Content, source.FileName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? "application/pdf" : "text/plain", enableRangeProcessing: true)
                : Results.Problem($"No source file is kept for {manual}@{version}.", statusCode: 404));
        return app;
    }
}
