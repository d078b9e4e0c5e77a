using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Json;
using Eligibility.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Eligibility.Tests.Host;

/// <summary>Production sign-in: JWT bearer tokens from the configured authority, with roles from the token.</summary>
public sealed class BearerTokenTests
{
    private const string Authority = "https://login.example.test/tenant/v2.0";
    private const string Audience = "api://eligibility";
    private static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    [Fact]
    public async Task A_valid_token_signs_in_with_its_roles_and_bad_tokens_are_refused()
    {
        await using var app = new EligibilityApp(settings: new Dictionary<string, string>
        {
            ["Jwt:Authority"] = Authority,
            ["Jwt:Audience"] = Audience,
            ["Jwt:SigningKey"] = Convert.ToBase64String(Key),
        });
        using var client = app.CreateClient();

        var caseworker = await GetAsync(client, "/auth/me", Token("maria", "caseworker"));
        Assert.Equal(HttpStatusCode.OK, caseworker.StatusCode);
        var me = JsonDocument.Parse(await caseworker.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal("maria", me.GetProperty("name").GetString());
        Assert.Contains("caseworker", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(client, "/api/passages/none", Token("maria", "caseworker"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(client, "/api/passages/none", Token("pat", "policy-staff"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(client, "/auth/me", Token("maria", "caseworker", audience: "api://other"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(client, "/auth/me", Token("maria", "caseworker", expires: DateTime.UtcNow.AddMinutes(-10)))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(client, "/auth/me", Token("maria", "caseworker") + "x")).StatusCode);
    }

    [Fact]
    public async Task Keys_come_from_the_authoritys_discovery_document()
    {
        await using var idp = LoopbackIdentityProvider.Start();
        await using var app = new EligibilityApp(settings: new Dictionary<string, string>
        {
            ["Jwt:Authority"] = idp.Issuer,
            ["Jwt:Audience"] = Audience,
            ["Jwt:RequireHttpsMetadata"] = "false",
        });
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/auth/me", TestContext.Current.CancellationToken)).StatusCode);
        var signedIn = await GetAsync(client, "/auth/me", idp.Token("ana", "caseworker", Audience));
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Equal("ana", JsonDocument.Parse(await signedIn.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(client, "/auth/me", idp.Token("ana", "caseworker", Audience, signWith: "another key"))).StatusCode);
        var token = idp.Token("ana", "caseworker", Audience);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(client, "/auth/me", token[..^4] + (token[^4..] == "AAAA" ? "BBBB" : "AAAA"))).StatusCode);
        Assert.True(idp.DiscoveryRequests >= 1);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static string Token(string user, string role, string audience = Audience, DateTime? expires = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("preferred_username", user), new Claim("roles", role)]),
            NotBefore = (expires ?? DateTime.UtcNow.AddHours(1)).AddHours(-2),
            Expires = expires ?? DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Key), SecurityAlgorithms.HmacSha256),
        });
}
