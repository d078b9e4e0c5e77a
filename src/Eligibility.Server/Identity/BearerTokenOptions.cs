using Microsoft.AspNetCore.Authentication;

namespace Eligibility.Server.Identity;

/// <summary>
/// Production sign-in: JWT access tokens from an OpenID Connect authority (configuration section <c>Jwt</c>).
/// Signing keys come from the authority's discovery document, or, for a closed network, from <c>SigningKey</c>.
/// </summary>
public sealed class BearerTokenOptions : AuthenticationSchemeOptions
{
    public const string Scheme = "Bearer";

    /// <summary>The issuer, e.g. <c>https://login.microsoftonline.com/TENANT/v2.0</c>; bearer tokens are off when empty.</summary>
    public string? Authority { get; set; }

    public string? Audience { get; set; }

    /// <summary>The claim that carries roles (<c>roles</c> for Entra ID, <c>groups</c> for some IdPs).</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>A base64 symmetric key instead of discovery (closed networks, tests). Never logged.</summary>
    public string? SigningKey { get; set; }
}
