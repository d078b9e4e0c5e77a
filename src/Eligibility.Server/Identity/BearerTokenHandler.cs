using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Eligibility.Server.Identity;

/// <summary>
/// Validates JWT bearer tokens (issuer, audience, lifetime, signature) and maps the role claim to roles.
/// Browsers' SignalR connections send the token as <c>access_token</c> on the hub URL.
/// </summary>
public sealed class BearerTokenHandler(IOptionsMonitor<BearerTokenOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<BearerTokenOptions>(options, logger, encoder)
{
    private static readonly JsonWebTokenHandler Tokens = new();
    private ConfigurationManager<OpenIdConnectConfiguration>? _discovery;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = TokenOf(Request);
        if (token is null)
        {
            return AuthenticateResult.NoResult();
        }

        var parameters = new TokenValidationParameters
        {
            ValidIssuer = Options.Authority,
            ValidAudience = Options.Audience,
            ValidateAudience = !string.IsNullOrEmpty(Options.Audience),
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(2),
            RoleClaimType = Options.RoleClaim,
            NameClaimType = "preferred_username",
            IssuerSigningKeys = await SigningKeysAsync(Context.RequestAborted),
        };
        var result = await Tokens.ValidateTokenAsync(token, parameters);
        if (!result.IsValid)
        {
            return AuthenticateResult.Fail("the bearer token is not valid");
        }

        var identity = new ClaimsIdentity(result.ClaimsIdentity.Claims, Scheme.Name, ClaimTypes.Name, ClaimTypes.Role);
        foreach (var role in result.ClaimsIdentity.FindAll(Options.RoleClaim).Select(c => c.Value).ToList())
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role));
        }

        if (identity.FindFirst(ClaimTypes.Name) is null && (result.ClaimsIdentity.FindFirst("preferred_username") ?? result.ClaimsIdentity.FindFirst("sub")) is { } name)
        {
            identity.AddClaim(new Claim(ClaimTypes.Name, name.Value));
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    private async Task<IEnumerable<SecurityKey>> SigningKeysAsync(CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(Options.SigningKey))
        {
            return [new SymmetricSecurityKey(Convert.FromBase64String(Options.SigningKey))];
        }

        _discovery ??= new ConfigurationManager<OpenIdConnectConfiguration>(
            $"{Options.Authority!.TrimEnd('/')}/.well-known/openid-configuration", new OpenIdConnectConfigurationRetriever());
        return (await _discovery.GetConfigurationAsync(ct)).SigningKeys;
    }

    internal static string? TokenOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        return request.Path.StartsWithSegments("/hubs") && request.Query.TryGetValue("access_token", out var query) ? query.ToString() : null;
    }
}
