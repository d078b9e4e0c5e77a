using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Eligibility.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Eligibility.Tests.Host;

/// <summary>
/// An OpenID Connect identity provider on loopback: a discovery document and a JWKS with one RSA key, and the
/// tokens it signs, so that bearer tokens are validated the way production validates them (keys from discovery).
/// </summary>
internal sealed class LoopbackIdentityProvider : LoopbackHttpServer
{
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "loopback-1" };

    public string Issuer => BaseUrl;

    public int DiscoveryRequests { get; private set; }

    public static LoopbackIdentityProvider Start() => Run(new LoopbackIdentityProvider());

    public string Token(string user, string role, string audience, string? signWith = null)
    {
        var key = signWith is null ? (SecurityKey)_key : new RsaSecurityKey(RSA.Create(2048)) { KeyId = _key.KeyId };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("sub", user), new Claim("preferred_username", user), new Claim("roles", role), new Claim("scp", "access")]),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    protected override Task RespondAsync(LoopbackRequest request, HttpListenerResponse response)
    {
        if (request.Path == "/.well-known/openid-configuration")
        {
            DiscoveryRequests++;
            return WriteAsync(response, 200, "application/json", JsonSerializer.Serialize(new { issuer = Issuer, jwks_uri = $"{BaseUrl}/jwks", id_token_signing_alg_values_supported = new[] { "RS256" } }));
        }

        if (request.Path == "/jwks")
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_key.Rsa.ExportParameters(false)) { KeyId = _key.KeyId });
            return WriteAsync(response, 200, "application/json", JsonSerializer.Serialize(new { keys = new[] { new { kty = "RSA", use = "sig", kid = jwk.Kid, alg = "RS256", n = jwk.N, e = jwk.E } } }));
        }

        return WriteAsync(response, 404, "text/plain", "not found");
    }
}
