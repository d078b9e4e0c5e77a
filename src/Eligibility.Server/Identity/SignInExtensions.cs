using Microsoft.AspNetCore.Authentication.Cookies;

namespace Eligibility.Server.Identity;

internal static class SignInExtensions
{
    /// <summary>
    /// Cookie sign-in against the configured accounts (the embedded default) and the role policies. API and hub
    /// calls without a session get 401, never a redirect.
    /// </summary>
    public static IHostApplicationBuilder AddSignIn(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<List<UserAccount>>(builder.Configuration.GetSection("Users"));
        builder.Services.AddSingleton<UserDirectory>();
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = "eligibility.session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.Events.OnRedirectToLogin = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return Task.CompletedTask;
                };
                options.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
            });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Roles.CaseworkerPolicy, policy => policy.RequireRole(Roles.Caseworker, Roles.Admin))
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder;
    }
}
