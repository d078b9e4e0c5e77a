using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Eligibility.Server.Identity;

/// <summary>
/// Whether a request comes from a person rather than a program: a cookie session (a person typed a password at
/// the sign-in page), or a bearer token issued to a user. Tokens issued to an application (client credentials:
/// Entra's <c>idtyp=app</c>, a <c>gty</c> of client-credentials, Keycloak's service-account users, or a token
/// whose subject is the client itself) are not human sessions, whatever roles they carry.
/// </summary>
public static class HumanSession
{
    public static bool Holds(ClaimsPrincipal user)
    {
        var identity = user.Identities.FirstOrDefault(i => i.IsAuthenticated);
        if (identity is null)
        {
            return false;
        }

        if (identity.AuthenticationType == CookieAuthenticationDefaults.AuthenticationScheme)
        {
            return true;
        }

        if (identity.AuthenticationType != BearerTokenOptions.Scheme)
        {
            return false;
        }

        string? Claim(string type) => identity.FindFirst(type)?.Value;
        var subject = Claim("sub");
        var client = Claim("azp") ?? Claim("client_id") ?? Claim("appid");
        return subject is { Length: > 0 }
            && !string.Equals(Claim("idtyp"), "app", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(Claim("gty"), "client-credentials", StringComparison.OrdinalIgnoreCase)
            && !(Claim("preferred_username") ?? "").StartsWith("service-account-", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(subject, client, StringComparison.Ordinal);
    }
}
