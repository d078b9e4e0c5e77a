using System.Net;
using System.Reflection;
using System.Security.Claims;
using Eligibility.Core.Audit;
using Eligibility.Core.Determinations;
using Eligibility.Server.Identity;
using Eligibility.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using static Eligibility.Tests.Determinations.Api.DeterminationClient;

namespace Eligibility.Tests.Determinations.Api;

/// <summary>
/// Nothing but a caseworker in a human session can make a determination final: every endpoint is called, with
/// a body that asks for a decision, by every other kind of caller (anonymous, policy staff, evaluator, admin,
/// and caseworker-role tokens issued to programs), and the draft stays a draft. Hubs expose no way to decide.
/// </summary>
public sealed class FinalizationAccessTests
{
    private const string Authority = "https://login.example.test/tenant/v2.0";
    private const string Audience = "api://eligibility";
    private static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)(i * 3)).ToArray();

    private static readonly object DecideBody = new { decision = "approved", outcome = "likely-eligible", summary = "approved by a program", reason = "automated" };

    [Fact]
    public async Task No_endpoint_lets_a_non_caseworker_or_a_program_finalize_a_draft()
    {
        await using var app = new EligibilityApp(settings: new Dictionary<string, string>
        {
            ["Jwt:Authority"] = Authority,
            ["Jwt:Audience"] = Audience,
            ["Jwt:SigningKey"] = Convert.ToBase64String(Key),
        });
        using var caseworker = await SignedInAsync(app, "caseworker");
        var id = (await DraftAsync(caseworker, CaseFactsSamples.MagiFamily() with { Program = "magi" })).GetProperty("id").GetString()!;

        using var anonymous = app.CreateClient();
        var callers = new List<(string Name, HttpClient Client, string? Bearer)>
        {
            ("anonymous", anonymous, null),
            ("policy staff", await SignedInAsync(app, "policy"), null),
            ("evaluator", await SignedInAsync(app, "evaluator"), null),
            ("admin", await SignedInAsync(app, "admin"), null),
            ("caseworker-role app token (idtyp=app)", anonymous, Token(("sub", "svc-1"), ("idtyp", "app"))),
            ("caseworker-role client-credentials token", anonymous, Token(("sub", "batch"), ("azp", "batch"))),
            ("caseworker-role service account", anonymous, Token(("sub", "a1b2"), ("preferred_username", "service-account-drafter"))),
            ("caseworker-role token without a subject", anonymous, Token(("preferred_username", "maria"), ("sid", "s-0"))),
            ("caseworker-role app token without any mark (Entra, idtyp not emitted)", anonymous, Token(("sub", "sp-object-id"), ("azp", "client-app-id"))),
            ("caseworker-role Okta client-credentials token", anonymous, Token(("sub", "0oa-client"), ("cid", "0oa-client"), ("scp", "determinations"))),
            ("policy-staff token for a person", anonymous, Token(("sub", "u-7"), ("preferred_username", "pat"), ("sid", "s-7"), ("roles", "policy-staff"))),
            ("admin token for a person", anonymous, Token(("sub", "u-8"), ("preferred_username", "ada"), ("sid", "s-8"), ("roles", "admin"))),
        };

        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.Contains(endpoints, e => e.RoutePattern.RawText == "/api/determinations/{id}/decision");
        var attempts = 0;
        // Signing out would turn the signed-in callers below into anonymous ones for every later endpoint.
        foreach (var endpoint in endpoints.Where(e => e.RoutePattern.RawText != "/auth/sign-out"))
        {
            var path = "/" + string.Join("/", endpoint.RoutePattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart l => l.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { Name: "id" } => id,
                _ => "x",
            }))));
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods)
            {
                foreach (var (name, client, bearer) in callers)
                {
                    var request = Post(path, DecideBody, bearer);
                    request.Method = new HttpMethod(method);
                    using var response = await client.SendAsync(request, Ct);
                    attempts++;
                    var state = (await GetAsync(caseworker, id)).GetProperty("state").GetString();
                    Assert.True(state == "Draft", $"{method} {path} by {name} answered {(int)response.StatusCode} and left the determination {state}");
                }
            }
        }

        Assert.True(attempts > 100, $"only {attempts} attempts were made");
        var entries = await app.Services.GetRequiredService<IAuditLog>().ReadAsync(id, Ct);
        Assert.DoesNotContain(entries, e => e.Kind == "determination-decision");
        // Each signed-in caller refused at the decision endpoint is on record (anonymous callers are not identified).
        var refusedBy = entries.Where(e => e.Kind == "determination-decision-refused").Select(e => e.Actor).ToHashSet();
        Assert.True(refusedBy.IsSupersetOf(["policy", "evaluator", "admin", "pat", "ada", "svc-1", "batch"]), string.Join(", ", refusedBy));

        // The same call by the caseworker in a human session does decide: the refusals above were about who called.
        var (status, decided) = await SendAsync(caseworker, Post($"/api/determinations/{id}/decision", new { decision = "amended", outcome = "likely-eligible", summary = "checked" }));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Amended", decided.GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_caseworker_token_issued_to_a_person_may_decide_but_a_cookie_needs_the_panel_header()
    {
        await using var app = new EligibilityApp(settings: new Dictionary<string, string>
        {
            ["Jwt:Authority"] = Authority,
            ["Jwt:Audience"] = Audience,
            ["Jwt:SigningKey"] = Convert.ToBase64String(Key),
        });
        using var caseworker = await SignedInAsync(app, "caseworker");
        var id = (await DraftAsync(caseworker, CaseFactsSamples.MagiFamily())).GetProperty("id").GetString()!;

        // A cross-site form post carries the cookie but cannot add the header.
        var (forged, _) = await SendAsync(caseworker, Post($"/api/determinations/{id}/decision", new { decision = "rejected", reason = "forged" }, panelHeader: false));
        Assert.Equal(HttpStatusCode.BadRequest, forged);
        Assert.Equal("Draft", (await GetAsync(caseworker, id)).GetProperty("state").GetString());

        using var anonymous = app.CreateClient();
        // The same caseworker, now with a bearer token: the draft is theirs, so they may decide it.
        var person = Token(("sub", "u-1"), ("preferred_username", "caseworker"), ("azp", "panel-spa"), ("scp", "access_as_user"));
        var (status, decided) = await SendAsync(anonymous, Post($"/api/determinations/{id}/decision", new { decision = "rejected", reason = "Household size is wrong." }, person));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("caseworker", decided.GetProperty("decision").GetProperty("decidedBy").GetString());
    }

    [Fact]
    public void No_hub_method_can_reach_determinations()
    {
        var hubs = typeof(Roles).Assembly.GetTypes().Where(t => typeof(Microsoft.AspNetCore.SignalR.Hub).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        Assert.NotEmpty(hubs);
        // The determination domain, the records that hold it, and anything that could resolve them.
        var determinationTypes = typeof(IDeterminationStore).Assembly.GetTypes().Where(t => t.Namespace == typeof(IDeterminationStore).Namespace)
            .Concat([typeof(Eligibility.Infrastructure.Records.RecordsDatabase), typeof(IServiceProvider), typeof(IServiceScopeFactory)])
            .ToHashSet();
        foreach (var hub in hubs)
        {
            var dependencies = hub.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => p.ParameterType)
                .Concat(hub.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).SelectMany(m => m.GetParameters()).Select(p => p.ParameterType))
                .Concat(hub.GetFields(BindingFlags.NonPublic | BindingFlags.Instance).Select(f => f.FieldType));
            Assert.DoesNotContain(dependencies, determinationTypes.Contains);
        }
    }

    private static string Token(params (string Type, string Value)[] claims)
    {
        var all = claims.Select(c => new Claim(c.Type, c.Value)).ToList();
        if (!claims.Any(c => c.Type == "roles"))
        {
            all.Add(new Claim("roles", Roles.Caseworker));
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = Audience,
            Subject = new ClaimsIdentity(all),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Key), SecurityAlgorithms.HmacSha256),
        });
    }
}
