namespace Eligibility.Server.Identity;

/// <summary>
/// Production sign-in: JWT access tokens from an OpenID Connect authority (configuration section <c>Jwt</c>),
/// validated by Microsoft.AspNetCore.Authentication.JwtBearer.
/// Signing keys come from the authority's discovery document, or, for a closed network, from <c>SigningKey</c>.
/// </summary>
public sealed class BearerTokenOptions
{
    public const string Scheme = "Bearer";

    /// <summary>The issuer, e.g. <c>https://login.microsoftonline.com/TENANT/v2.0</c>; bearer tokens are off when empty.</summary>
    public string? Authority { get; set; }

    public string? Audience { get; set; }

    /// <summary>The claim that carries roles (<c>roles</c> for Entra ID, <c>groups</c> for some IdPs).</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>
    /// Claims of which a token must carry at least one to count as a person's (a human session may decide
    /// determinations): delegated scopes (<c>scp</c>), how and when the person authenticated (<c>amr</c>,
    /// <c>auth_time</c>), their sign-in session (<c>sid</c>), Okta's user id (<c>uid</c>). Tokens issued to
    /// programs carry none of these. Adjust to what the agency's identity provider puts in user tokens.
    /// </summary>
    public IList<string> HumanClaims { get; } = [];

    public static IReadOnlyList<string> DefaultHumanClaims { get; } = ["scp", "amr", "auth_time", "sid", "uid"];

    /// <summary>A base64 symmetric key instead of discovery (closed networks, tests). Never logged.</summary>
    public string? SigningKey { get; set; }

    /// <summary>Whether the discovery document must come over HTTPS (on by default; off only for a loopback identity provider).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
}
