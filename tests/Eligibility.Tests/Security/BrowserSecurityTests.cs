using System.Net;
using Eligibility.Tests.Determinations;
using Eligibility.Tests.Support;
using static Eligibility.Tests.Determinations.Api.DeterminationClient;

namespace Eligibility.Tests.Security;

/// <summary>Security headers on every response (frame-ancestors limits who may frame the panel), and no hub or state change from another origin.</summary>
public sealed class BrowserSecurityTests
{
    [Fact]
    public async Task Responses_carry_the_security_headers_and_no_server_header()
    {
        await using var app = new EligibilityApp(settings: new Dictionary<string, string> { ["Security:EmbeddingOrigins:0"] = "https://cases.example.gov" });
        var url = app.StartRealServer();
        using var anonymous = new HttpClient { BaseAddress = new Uri(url) };

        foreach (var path in new[] { "/", "/panel.js", "/health" })
        {
            using var response = await anonymous.GetAsync(path, Ct);
            var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'self' https://cases.example.gov", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", string.Join("", response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("no-referrer", string.Join("", response.Headers.GetValues("Referrer-Policy")));
            Assert.False(response.Headers.Contains("Server"), $"{path} sends a Server header");
        }
    }

    [Fact]
    public async Task The_hub_and_state_changes_refuse_a_foreign_origin()
    {
        await using var app = new EligibilityApp();
        var url = app.StartRealServer();
        using var caseworker = await SignedInAsync(url, "caseworker");

        var negotiate = new HttpRequestMessage(HttpMethod.Post, "/hubs/assistant/negotiate?negotiateVersion=1");
        negotiate.Headers.Add("Origin", "http://evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.SendAsync(negotiate, Ct)).StatusCode);

        var socket = new HttpRequestMessage(HttpMethod.Get, "/hubs/assistant?id=x");
        socket.Headers.Add("Origin", "http://evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.SendAsync(socket, Ct)).StatusCode);

        var draft = Post("/api/determinations", CaseFactsSamples.MagiFamily());
        draft.Headers.Add("Origin", "http://evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.SendAsync(draft, Ct)).StatusCode);

        var own = new HttpRequestMessage(HttpMethod.Post, "/hubs/assistant/negotiate?negotiateVersion=1");
        own.Headers.Add("Origin", url);
        Assert.Equal(HttpStatusCode.OK, (await caseworker.SendAsync(own, Ct)).StatusCode);

        // The panel itself (same origin, official client) still connects and answers.
        var cookie = await HubClient.SignInAsync(url, "caseworker", "caseworker-demo");
        var results = await HubClient.RunAsync(url, cookie, HubClient.Invoke("ListConversations", null));
        Assert.True(results[0].TryGetProperty("result", out _), results[0].ToString());
    }
}
