using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Eligibility.Server.Identity;

/// <summary>
/// JWT bearer tokens through Microsoft.AspNetCore.Authentication.JwtBearer: issuer, audience, lifetime and
/// signature (keys from the authority's discovery document, or a configured symmetric key), the role claim mapped
/// to roles. Browsers' SignalR connections send the token as <c>access_token</c> on the hub URL.
/// </summary>
internal static class BearerTokens
{
    public static AuthenticationBuilder AddBearerTokens(this AuthenticationBuilder authentication, BearerTokenOptions bearer) =>
        authentication.AddJwtBearer(BearerTokenOptions.Scheme, options =>
        {
            options.Authority = bearer.Authority;
            options.Audience = bearer.Audience;
            options.RequireHttpsMetadata = bearer.RequireHttpsMetadata;
            options.MapInboundClaims = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = bearer.Authority,
                ValidAudience = bearer.Audience,
                ValidateAudience = !string.IsNullOrEmpty(bearer.Audience),
                ValidateLifetime = true,
                ClockSkew = TimeSpan.FromMinutes(2),
                RoleClaimType = bearer.RoleClaim,
                NameClaimType = "preferred_username",
                AuthenticationType = BearerTokenOptions.Scheme,
            };
            if (!string.IsNullOrEmpty(bearer.SigningKey))
            {
                // A closed network: the key is configured, and no discovery document is fetched.
                options.TokenValidationParameters.IssuerSigningKey = new SymmetricSecurityKey(Convert.FromBase64String(bearer.SigningKey));
                options.Configuration = new OpenIdConnectConfiguration { Issuer = bearer.Authority };
            }

            options.Events = new JwtBearerEvents
            {
                OnMessageReceived = context =>
                {
                    context.Token = TokenOf(context.Request);
                    return Task.CompletedTask;
                },
                OnTokenValidated = context =>
                {
                    context.Principal = WithRoles(context.Principal!, bearer.RoleClaim);
                    return Task.CompletedTask;
                },
            };
        });

    /// <summary>The token of a request: the Authorization header, or on hub paths the <c>access_token</c> query parameter.</summary>
    public static string? TokenOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        return request.Path.StartsWithSegments("/hubs") && request.Query.TryGetValue("access_token", out var query) ? query.ToString() : null;
    }

    // The product asks for roles and the name by the standard claim types, whatever the identity provider calls them.
    private static ClaimsPrincipal WithRoles(ClaimsPrincipal token, string roleClaim)
    {
        var claims = token.Claims.ToList();
        var identity = new ClaimsIdentity(claims, BearerTokenOptions.Scheme, ClaimTypes.Name, ClaimTypes.Role);
        foreach (var role in claims.Where(c => c.Type == roleClaim).Select(c => c.Value).ToList())
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role));
        }

        if ((claims.FirstOrDefault(c => c.Type == "preferred_username") ?? claims.FirstOrDefault(c => c.Type == "sub")) is { } name)
        {
            identity.AddClaim(new Claim(ClaimTypes.Name, name.Value));
        }

        return new ClaimsPrincipal(identity);
    }
}
