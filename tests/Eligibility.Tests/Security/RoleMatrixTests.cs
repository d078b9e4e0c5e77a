using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Eligibility.Tests.Determinations.Api;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Security;

/// <summary>
/// The role matrix, written out by hand: which of the four roles may call each endpoint. Every mapped endpoint must
/// be in it (a new endpoint without a row fails), and each role gets 403 where the matrix says no and never 401/403
/// where it says yes.
/// </summary>
public sealed class RoleMatrixTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string C = "caseworker";
    private const string P = "policy";
    private const string E = "evaluator";
    private const string A = "admin";

    private static readonly Dictionary<string, string[]> Matrix = new()
    {
        ["GET /auth/me"] = [C, P, E, A],
        ["GET /openapi/x.json"] = [C, P, E, A],
        ["GET /api/manuals/in-effect"] = [C, A],
        ["GET /api/passages/x"] = [C, A],
        ["GET /api/manuals/x/x/source"] = [C, A],
        ["POST /api/answers"] = [C, E, A],
        ["POST /api/determinations"] = [C, A],
        ["GET /api/determinations"] = [C, A],
        ["GET /api/determinations/x"] = [C, A],
        ["GET /api/determinations/x/print"] = [C, A],
        ["POST /api/determinations/x/corrections"] = [C, A],
        ["POST /api/determinations/x/decision"] = [C],
        ["POST /api/determinations/x/owner"] = [A],
        ["GET /api/audit/verify"] = [A],
        ["GET /api/notices"] = [C, A],
        ["POST /api/notices/x/dismiss"] = [C, A],
        ["GET /api/feedback/mine"] = [C, A],
        ["POST /api/admin/uploads"] = [P, A],
        ["GET /api/admin/uploads"] = [P, A],
        ["GET /api/admin/uploads/x"] = [P, A],
        ["GET /api/admin/versions"] = [P, A],
        ["GET /api/admin/versions/x/x/review"] = [P, A],
        ["GET /api/admin/versions/x/x/source"] = [P, A],
        ["POST /api/admin/versions/x/x/publish"] = [P, A],
        ["GET /api/admin/versions/x/x/gate"] = [P, A],
        ["POST /api/admin/versions/x/x/gate"] = [P, A],
        ["POST /api/admin/manuals/x/rollback"] = [P, A],
        ["GET /api/admin/feedback"] = [P, A],
        ["POST /api/admin/feedback/x/resolve"] = [P, A],
        ["GET /admin/jobs/x"] = [A],
        ["POST /auth/sign-out"] = [C, P, E, A],
    };

    // Open on purpose: the load balancer's health check and signing in.
    private static readonly HashSet<string> Anonymous = ["GET /health", "GET /health/live", "GET /health/ready", "POST /auth/sign-in"];

    [Fact]
    public async Task Each_role_reaches_exactly_the_endpoints_the_matrix_gives_it()
    {
        await using var app = new EligibilityApp();
        var mapped = MappedRoutes.Of(app).Select(r => $"{r.Method} {r.Path}").ToHashSet();
        Assert.Equal(Matrix.Keys.Concat(Anonymous).Order(), mapped.Order());

        foreach (var role in new[] { C, P, E, A })
        {
            using var client = await DeterminationClient.SignedInAsync(app, role);
            // Sign-out last: it ends the session the other rows use.
            foreach (var (endpoint, allowed) in Matrix.OrderBy(r => r.Key == "POST /auth/sign-out"))
            {
                var (method, path) = (endpoint.Split(' ')[0], endpoint.Split(' ')[1]);
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                request.Headers.Add("X-Requested-With", "eligibility-panel");
                var status = (await client.SendAsync(request, Ct)).StatusCode;
                if (allowed.Contains(role))
                {
                    Assert.True(status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden), $"{role}: {endpoint} answered {(int)status}, the matrix allows it");
                }
                else
                {
                    Assert.True(status == HttpStatusCode.Forbidden, $"{role}: {endpoint} answered {(int)status}, the matrix refuses it");
                }
            }
        }
    }

    private static readonly Dictionary<string, string[]> Hubs = new()
    {
        ["/hubs/assistant"] = [C, A],
        ["/hubs/admin"] = [P, A],
    };

    // Every hub method is under its hub's policy; none carries its own.
    private static readonly Dictionary<Type, string[]> HubMethods = new()
    {
        [typeof(Eligibility.Server.Assistant.AssistantHub)] = ["Ask", "Feedback", "GetConversation", "GetPassage", "ListConversations", "SearchConversations"],
        [typeof(Eligibility.Server.Publishing.AdminHub)] = [],
    };

    [Fact]
    public async Task Each_role_connects_to_exactly_the_hubs_the_matrix_gives_it_and_every_hub_method_is_under_its_hub_s_policy()
    {
        await using var app = new EligibilityApp();
        var url = app.StartRealServer();
        var mapped = app.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints.OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText!).Where(r => r.StartsWith("/hubs/", StringComparison.Ordinal)).Select(r => r.Replace("/negotiate", "", StringComparison.Ordinal)).ToHashSet();
        Assert.Equal(Hubs.Keys.Order(), mapped.Order());
        foreach (var (hub, methods) in HubMethods)
        {
            var declared = hub.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly)
                .Where(m => m.GetBaseDefinition() == m).ToList();
            Assert.Equal(methods, declared.Select(m => m.Name).Order());
            Assert.All(declared, m => Assert.Empty(m.GetCustomAttributes(typeof(Microsoft.AspNetCore.Authorization.IAllowAnonymous), true)));
            Assert.NotNull(hub.GetCustomAttributes(typeof(Microsoft.AspNetCore.Authorization.AuthorizeAttribute), false).SingleOrDefault());
        }

        foreach (var role in new[] { C, P, E, A })
        {
            var cookie = await HubClient.SignInAsync(url, role, $"{role}-demo");
            foreach (var (hub, allowed) in Hubs)
            {
                Exception? refused = null;
                try
                {
                    await using var session = await HubSession.ConnectAsync(url, cookie, Ct, hub: hub);
                }
                catch (Exception e) when (e is HttpRequestException or AggregateException or InvalidOperationException)
                {
                    refused = e;
                }

                Assert.True(allowed.Contains(role) == (refused is null), $"{role} on {hub}: {(refused is null ? "connected" : refused.Message)}; the matrix says {(allowed.Contains(role) ? "yes" : "no")}");
            }
        }
    }
}
