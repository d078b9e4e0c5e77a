namespace Eligibility.Server.Identity;

/// <summary>
/// State-changing calls must carry <c>X-Requested-With</c>: a cross-site form cannot send a custom header, so a
/// session cookie alone never changes anything.
/// </summary>
internal static class PanelHeader
{
    public const string Name = "X-Requested-With";

    public static TBuilder RequirePanelHeader<TBuilder>(this TBuilder endpoint) where TBuilder : IEndpointConventionBuilder =>
        endpoint.AddEndpointFilter(async (context, next) =>
            context.HttpContext.Request.Headers.ContainsKey(Name)
                ? await next(context)
                : Results.Problem($"The request must carry the {Name} header (sent by the panel); a plain form post cannot change anything here.", statusCode: 400, title: "Missing header"));
}
