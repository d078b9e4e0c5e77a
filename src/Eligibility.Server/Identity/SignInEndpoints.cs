using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Eligibility.Server.Identity;

internal static class SignInEndpoints
{
    public sealed record SignInRequest(string? Name, string? Password);

    public sealed record Me(string Name, IReadOnlyList<string> Roles);

    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/auth");
        auth.MapPost("/sign-in", SignInAsync).AllowAnonymous().DisableAntiforgery();
        auth.MapPost("/sign-out", async (HttpContext http, SessionConnections connections) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            if (SessionConnections.SessionOf(http.User) is { } session)
            {
                // The panel's open hub connection was made with the cookie just cleared: it goes too.
                connections.SignedOut(session);
            }

            return TypedResults.NoContent();
        }).RequireAuthorization().RequirePanelHeader();
        auth.MapGet("/me", (ClaimsPrincipal user) => TypedResults.Ok(new Me(user.Identity!.Name!, user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList())))
            .RequireAuthorization();
        return app;
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SignInAsync(
        SignInRequest request, HttpContext http, UserDirectory users, IPasswordHasher<UserAccount> hasher, ILogger<UserDirectory> logger)
    {
        if (string.IsNullOrWhiteSpace(request.Name) || string.IsNullOrEmpty(request.Password))
        {
            return TypedResults.Problem("Enter your user name and password.", statusCode: StatusCodes.Status400BadRequest);
        }

        // An unknown name is checked against a stand-in hash: the same hashing work, so timing does not tell which names exist.
        var account = users.Find(request.Name.Trim());
        var checkedAgainst = account ?? users.StandIn;
        var verified = hasher.VerifyHashedPassword(checkedAgainst, checkedAgainst.PasswordHash, request.Password) != PasswordVerificationResult.Failed;
        if (account is null || !verified)
        {
            ServerLog.SignInRefused(logger, request.Name.Trim());
            return TypedResults.Problem("That user name and password do not match.", statusCode: StatusCodes.Status401Unauthorized);
        }

        var claims = new List<Claim> { new(ClaimTypes.Name, account.Name), new(SessionConnections.SessionClaim, Guid.NewGuid().ToString("n")) };
        claims.AddRange(account.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return TypedResults.NoContent();
    }
}
