using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Eligibility.Server.Identity;

/// <summary>
/// Whether a request comes from a person rather than a program, failing closed: a cookie session (a person
/// typed a password at the sign-in page), or a bearer token that names a subject, carries positive evidence
/// of a person (one of <see cref="BearerTokenOptions.HumanClaims"/>: delegated scopes, authentication
/// method or time, a sign-in session) and none of the marks of a token issued to an application (Entra's
/// <c>idtyp=app</c>, a client-credentials grant, Keycloak's service-account users, a subject that is the
/// client itself).
/// </summary>
public static class HumanSession
{
    public static bool Holds(ClaimsPrincipal user, IReadOnlyList<string> humanClaims)
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
        var clients = new[] { Claim("azp"), Claim("client_id"), Claim("appid"), Claim("cid") };
        var issuedToProgram = string.Equals(Claim("idtyp"), "app", StringComparison.OrdinalIgnoreCase)
            || string.Equals(Claim("gty"), "client-credentials", StringComparison.OrdinalIgnoreCase)
            || (Claim("preferred_username") ?? "").StartsWith("service-account-", StringComparison.OrdinalIgnoreCase)
            || clients.Any(c => string.Equals(subject, c, StringComparison.Ordinal));
        var person = string.Equals(Claim("idtyp"), "user", StringComparison.OrdinalIgnoreCase) || humanClaims.Any(c => identity.FindFirst(c) is not null);
        return subject is { Length: > 0 } && person && !issuedToProgram;
    }
}
