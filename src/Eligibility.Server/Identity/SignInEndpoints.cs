using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Eligibility.Core.SignIn;
using Microsoft.AspNetCore.Identity;

namespace Eligibility.Server.Identity;

internal static class SignInEndpoints
{
    public sealed record SignInRequest(string? Name, string? Password);

    public sealed record Me(string Name, IReadOnlyList<string> Roles);

    private const int MaxNameLength = 256;

    private const int MaxPasswordLength = 1024;

    private const string LockedOut = "This account is locked after repeated failed sign-ins";

    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/auth");
        auth.MapPost("/sign-in", SignInAsync).AllowAnonymous().DisableAntiforgery().RequireRateLimiting(SignInThrottling.PerClient);
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

    private static async Task<IResult> SignInAsync(
        SignInRequest request, HttpContext http, UserDirectory users, IPasswordHasher<UserAccount> hasher, SignInThrottling throttling,
        ISignInLockouts lockouts, TimeProvider clock, ILogger<UserDirectory> logger)
    {
        if (string.IsNullOrWhiteSpace(request.Name) || string.IsNullOrEmpty(request.Password))
        {
            return TypedResults.Problem("Enter your user name and password.", statusCode: StatusCodes.Status400BadRequest);
        }

        var name = request.Name.Trim();
        if (name.Length > MaxNameLength || request.Password.Length > MaxPasswordLength)
        {
            return TypedResults.Problem($"A user name has at most {MaxNameLength} characters and a password at most {MaxPasswordLength}.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (!throttling.TryAccount(name))
        {
            ServerLog.SignInThrottled(logger, name);
            return SignInThrottling.TooMany(http, TimeSpan.FromMinutes(1), "Too many sign-in attempts for this account");
        }

        var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var ct = http.RequestAborted;
        if (await lockouts.LockedUntilAsync(name, ct) is { } lockedUntil)
        {
            ServerLog.SignInLockedOut(logger, name);
            return SignInThrottling.TooMany(http, lockedUntil - clock.GetUtcNow(), LockedOut);
        }

        // An unknown name is checked against a stand-in hash: the same hashing work, so timing does not tell which names exist.
        var account = users.Find(name);
        var checkedAgainst = account ?? users.StandIn;
        var verified = hasher.VerifyHashedPassword(checkedAgainst, checkedAgainst.PasswordHash, request.Password) != PasswordVerificationResult.Failed;
        if (account is null || !verified)
        {
            ServerLog.SignInRefused(logger, name);
            return await lockouts.FailedAsync(name, client, ct) is { } until
                ? SignInThrottling.TooMany(http, until - clock.GetUtcNow(), LockedOut)
                : TypedResults.Problem("That user name and password do not match.", statusCode: StatusCodes.Status401Unauthorized);
        }

        await lockouts.SucceededAsync(name, ct);
        var claims = new List<Claim> { new(ClaimTypes.Name, account.Name), new(SessionConnections.SessionClaim, Guid.NewGuid().ToString("n")) };
        claims.AddRange(account.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return TypedResults.NoContent();
    }
}
