using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using Eligibility.Server.Assistant;
using Eligibility.Server.Identity;
using Eligibility.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Eligibility.Tests.Host;

/// <summary>Every endpoint and hub method refuses anonymous callers and callers without the role it needs.</summary>
public sealed class AccessControlTests
{
    // Open on purpose: the load balancer's and orchestrator's health checks, signing in, and the panel's static page.
    private static readonly HashSet<string> Anonymous = ["/health", "/health/live", "/health/ready", "/auth/sign-in"];

    [Fact]
    public async Task Every_endpoint_refuses_anonymous_callers_and_caseworker_endpoints_refuse_other_roles()
    {
        await using var app = new EligibilityApp();
        using var anonymous = app.CreateClient();
        var routes = MappedRoutes.Of(app);
        Assert.NotEmpty(routes);
        using var policyStaff = await SignedInAsync(app, "policy", "policy-demo");

        foreach (var (method, path, endpoint) in routes)
        {
            if (Anonymous.Contains(path))
            {
                continue;
            }

            var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path), TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} answered {(int)response.StatusCode} to an anonymous caller");

            var needsCaseworker = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == Roles.CaseworkerPolicy);
            if (needsCaseworker)
            {
                var wrongRole = await policyStaff.SendAsync(new HttpRequestMessage(new HttpMethod(method), path), TestContext.Current.CancellationToken);
                Assert.True(wrongRole.StatusCode == HttpStatusCode.Forbidden, $"{method} {path} answered {(int)wrongRole.StatusCode} to policy staff");
            }
        }
    }

    [Fact]
    public void Every_hub_method_requires_the_caseworker_policy_and_none_opts_out()
    {
        var hub = typeof(AssistantHub);
        Assert.Contains(hub.GetCustomAttributes<AuthorizeAttribute>(), a => a.Policy == Roles.CaseworkerPolicy);
        var methods = hub.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName && m.GetBaseDefinition() == m).ToList();
        Assert.Equal(["Ask", "Feedback", "GetConversation", "GetPassage", "ListConversations", "SearchConversations"], methods.Select(m => m.Name).Order());
        Assert.All(methods, m => Assert.Empty(m.GetCustomAttributes<AllowAnonymousAttribute>()));
        Assert.True(typeof(Microsoft.AspNetCore.SignalR.Hub).IsAssignableFrom(hub));
    }

    private static async Task<HttpClient> SignedInAsync(EligibilityApp app, string user, string password)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true });
        var response = await client.PostAsJsonAsync("/auth/sign-in", new { name = user, password }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return client;
    }
}
