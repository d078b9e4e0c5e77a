using Microsoft.AspNetCore.Authentication.Cookies;

namespace Eligibility.Server.Identity;

internal static class SignInExtensions
{
    private const string Either = "CookieOrBearer";

    /// <summary>
    /// Cookie sign-in against the configured accounts (the embedded default), JWT bearer tokens from an OIDC
    /// authority when <c>Jwt:Authority</c> is set (production), and the role policies. API and hub calls
    /// without a session get 401, never a redirect.
    /// </summary>
    public static IHostApplicationBuilder AddSignIn(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<List<UserAccount>>(builder.Configuration.GetSection("Users"));
        var demoAccounts = SignInSetup.DemoAccountsEnabled(builder);
        builder.Services.AddSingleton(sp => new UserDirectory(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<List<UserAccount>>>(), sp.GetRequiredService<Microsoft.AspNetCore.Identity.IPasswordHasher<UserAccount>>(), demoAccounts));
        if (demoAccounts)
        {
            builder.Services.AddHostedService<DemoAccountsNotice>();
        }

        SignInThrottling.AddSignInThrottling(builder);
        builder.Services.AddSingleton<Microsoft.AspNetCore.Identity.IPasswordHasher<UserAccount>, Microsoft.AspNetCore.Identity.PasswordHasher<UserAccount>>();
        var bearer = builder.Configuration.GetSection("Jwt").Get<BearerTokenOptions>();
        IReadOnlyList<string> humanClaims = bearer?.HumanClaims is { Count: > 0 } configured ? [.. configured] : BearerTokenOptions.DefaultHumanClaims;
        var authentication = builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = Either;
                options.DefaultChallengeScheme = Either;
            })
            .AddPolicyScheme(Either, "cookie or bearer", options => options.ForwardDefaultSelector = context =>
                bearer?.Authority is { Length: > 0 } && BearerTokens.TokenOf(context.Request) is not null
                    ? BearerTokenOptions.Scheme
                    : CookieAuthenticationDefaults.AuthenticationScheme);
        if (bearer?.Authority is { Length: > 0 })
        {
            authentication.AddBearerTokens(bearer);
        }

        authentication.AddCookie(options =>
            {
                options.Cookie.Name = "eligibility.session";
                options.Cookie.HttpOnly = true;
                // Embedded in another site's page (an iframe over HTTPS), the cookie must be SameSite=None; Secure.
                options.Cookie.SameSite = builder.Configuration.GetValue("Auth:EmbeddedInOtherSites", false) ? SameSiteMode.None : SameSiteMode.Lax;
                options.Cookie.SecurePolicy = builder.Configuration.GetValue("Auth:EmbeddedInOtherSites", false) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
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
            .AddPolicy(Roles.AdminPolicy, policy => policy.RequireRole(Roles.Admin))
            .AddPolicy(Roles.PublishingPolicy, policy => policy.RequireRole(Roles.PolicyStaff, Roles.Admin))
            .AddPolicy(Roles.DecidePolicy, policy => policy.RequireRole(Roles.Caseworker).RequireAssertion(context => HumanSession.Holds(context.User, humanClaims)))
            .AddPolicy(Roles.AnswersPolicy, policy => policy.RequireRole(Roles.Evaluator, Roles.Caseworker, Roles.Admin))
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder;
    }
}
