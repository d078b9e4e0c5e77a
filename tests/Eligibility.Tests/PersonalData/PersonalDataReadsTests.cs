using System.Net;
using System.Reflection;
using Eligibility.Core.Audit;
using Eligibility.Server.Assistant;
using Eligibility.Server.PersonalData;
using Eligibility.Tests.Determinations;
using Eligibility.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static Eligibility.Tests.Determinations.Api.DeterminationClient;

namespace Eligibility.Tests.PersonalData;

/// <summary>
/// Every endpoint and hub method is either known to return no personal data, or leaves an audit entry each time it
/// returns some. The lists below must cover everything the server maps, so a new endpoint has to be placed in one.
/// </summary>
public sealed class PersonalDataReadsTests
{
    /// <summary>Endpoints that return no personal data, and why.</summary>
    private static readonly Dictionary<string, string> NoPersonalData = new()
    {
        ["GET /health"] = "manual versions in effect",
        ["* /health/live"] = "nothing: the process answers",
        ["* /health/ready"] = "whether the database and Redis answer",
        ["GET /openapi/{documentName}.json"] = "the API description",
        ["POST /auth/sign-in"] = "the signed-in user's own name and roles",
        ["POST /auth/sign-out"] = "nothing",
        ["GET /auth/me"] = "the signed-in user's own name and roles",
        ["GET /api/passages/{id}"] = "policy text",
        ["GET /api/manuals/{manual}/{version}/source"] = "a policy manual",
        ["GET /api/audit/verify"] = "whether the chain holds, and the first broken entry's number",
        ["GET /api/manuals/in-effect"] = "manual versions and example questions from their section titles",
        ["POST /api/admin/uploads"] = "receipts naming the uploaded files",
        ["GET /api/admin/uploads"] = "uploads: files, versions, staff names, progress",
        ["GET /api/admin/uploads/{id}"] = "one upload",
        ["GET /api/admin/versions"] = "manual versions",
        ["GET /api/admin/versions/{manual}/{version}/source"] = "a policy manual",
        ["POST /api/admin/versions/{manual}/{version}/publish"] = "the version published and the ids and owners of the determinations it flagged",
        ["POST /api/admin/manuals/{manual}/rollback"] = "the versions withdrawn and in effect",
        ["POST /api/notices/{id}/dismiss"] = "nothing",
        ["GET /api/admin/versions/{manual}/{version}/gate"] = "the gate's verdict and metrics",
        ["POST /api/admin/versions/{manual}/{version}/gate"] = "the queued gate run",
        ["* /admin/jobs/{**path}"] = "Hangfire's dashboard: jobs, whose only argument is an upload id",
    };

    /// <summary>Hub methods that return no personal data.</summary>
    private static readonly HashSet<string> HubMethodsWithoutPersonalData = ["GetPassage", "Feedback"];

    [Fact]
    public async Task Every_read_of_personal_data_leaves_an_entry_naming_who_read_what()
    {
        await using var app = new EligibilityApp();
        var url = app.StartRealServer();
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !e.RoutePattern.RawText!.StartsWith("/hubs/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => (Key: $"{m} {e.RoutePattern.RawText}", Endpoint: e)))
            .ToList();
        var personal = endpoints.Where(e => e.Endpoint.Metadata.GetMetadata<ReadsPersonalDataAttribute>() is not null)
            .ToDictionary(e => e.Key, e => e.Endpoint.Metadata.GetMetadata<ReadsPersonalDataAttribute>()!.Kind);
        var unclassified = endpoints.Select(e => e.Key).Where(k => !personal.ContainsKey(k) && !NoPersonalData.ContainsKey(k)).ToList();
        Assert.True(unclassified.Count == 0, $"endpoints neither marked [ReadsPersonalData] nor known to return none: {string.Join(", ", unclassified)}");
        var stale = NoPersonalData.Keys.Where(k => !endpoints.Any(e => e.Key == k)).ToList();
        Assert.True(stale.Count == 0, $"listed as returning no personal data but not mapped: {string.Join(", ", stale)}; mapped: {string.Join(", ", endpoints.Select(e => e.Key))}");

        var audit = app.Services.GetRequiredService<IAuditLog>();
        using var caseworker = await SignedInAsync(url, "caseworker");
        using var admin = await SignedInAsync(url, "admin");
        var calls = new Dictionary<string, Func<Task<string>>>();
        string id = "";
        calls["POST /api/determinations/"] = async () => id = (await DraftAsync(caseworker, CaseFactsSamples.MagiFamily())).GetProperty("id").GetString()!;
        calls["GET /api/determinations/"] = async () => { await Ok(caseworker, HttpMethod.Get, "/api/determinations"); return "/api/determinations"; };
        calls["GET /api/determinations/{id}"] = async () => { await Ok(caseworker, HttpMethod.Get, $"/api/determinations/{id}"); return id; };
        calls["GET /api/determinations/{id}/print"] = async () => { await Ok(caseworker, HttpMethod.Get, $"/api/determinations/{id}/print"); return id; };
        calls["POST /api/determinations/{id}/owner"] = async () => { await Ok(admin, Post($"/api/determinations/{id}/owner", new { owner = "caseworker" })); return id; };
        calls["POST /api/determinations/{id}/decision"] = async () =>
        {
            await Ok(caseworker, Post($"/api/determinations/{id}/decision", new { decision = "amended", outcome = "likely-eligible", summary = "Under 138% FPL." }));
            return id;
        };
        calls["POST /api/determinations/{id}/corrections"] = async () =>
        {
            var (status, body) = await SendAsync(caseworker, Post($"/api/determinations/{id}/corrections", CaseFactsSamples.MagiFamily()));
            Assert.Equal(HttpStatusCode.Created, status);
            return body.GetProperty("id").GetString()!;
        };
        calls["POST /api/answers"] = async () =>
        {
            var (status, body) = await SendAsync(caseworker, Post("/api/answers", new { question = "Is there a property limit for one person?", asOf = "2026-02-01" }));
            Assert.Equal(HttpStatusCode.OK, status);
            return body.GetProperty("answerId").GetString()!;
        };
        using var policy = await SignedInAsync(url, "policy");
        string feedbackId = "";
        calls["GET /api/admin/versions/{manual}/{version}/review"] = async () =>
        {
            await Ok(policy, HttpMethod.Get, "/api/admin/versions/medi-cal-eligibility-handbook/2026-01-01/review");
            return "/api/admin/versions/medi-cal-eligibility-handbook/2026-01-01/review";
        };
        calls["GET /api/admin/feedback"] = async () =>
        {
            // Feedback is given in the panel, on an answer saved in a conversation.
            var panel = await HubClient.SignInAsync(url, "caseworker", "caseworker-demo");
            var asked = await HubClient.RunAsync(url, panel, HubClient.Stream("Ask", new { question = "What is the property limit for one person?", asOf = "2026-02-01" }));
            var saved = asked[0].GetProperty("items").EnumerateArray().Last().GetProperty("answerId").GetString()!;
            await HubClient.RunAsync(url, panel, HubClient.Invoke("Feedback", new { answerId = saved, kind = "outdated", comment = "The limit changed." }));
            var (_, inbox) = await SendAsync(policy, new HttpRequestMessage(HttpMethod.Get, "/api/admin/feedback"));
            feedbackId = inbox.EnumerateArray().Single(f => f.GetProperty("answerId").GetString() == saved).GetProperty("id").GetString()!;
            return "/api/admin/feedback";
        };
        calls["POST /api/admin/feedback/{id}/resolve"] = async () => { await Ok(policy, Post($"/api/admin/feedback/{feedbackId}/resolve", new { note = "Section 4.1 says so." })); return feedbackId; };
        calls["GET /api/feedback/mine"] = async () => { await Ok(caseworker, HttpMethod.Get, "/api/feedback/mine"); return "/api/feedback/mine"; };
        calls["GET /api/notices"] = async () => { await Ok(caseworker, HttpMethod.Get, "/api/notices"); return "/api/notices"; };

        Assert.Equal(calls.Keys.Order(), personal.Keys.Order());
        foreach (var (key, call) in calls)
        {
            var before = (await audit.VerifyAsync(Ct)).Entries;
            var subject = await call();
            var entries = await audit.ReadAsync(subject, Ct);
            Assert.True(entries.Any(e => e.Kind == personal[key] && e.Sequence > before), $"{key} left no '{personal[key]}' entry about {subject}");
        }

        // Hub methods: the ones that return a caseworker's questions and answers leave an entry too.
        var hubMethods = typeof(AssistantHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => m.GetBaseDefinition() == m).Select(m => m.Name).ToHashSet();
        var hubReads = new Dictionary<string, string>
        {
            ["Ask"] = "answer", ["ListConversations"] = "conversations-listed", ["SearchConversations"] = "conversations-searched", ["GetConversation"] = "conversation-opened",
        };
        Assert.Equal(hubMethods.Order(), hubReads.Keys.Concat(HubMethodsWithoutPersonalData).Order());
        var cookie = await HubClient.SignInAsync(url, "caseworker", "caseworker-demo");
        var asked = await HubClient.RunAsync(url, cookie, HubClient.Stream("Ask", new { question = "Is there a property limit for one person?", asOf = "2026-02-01" }), HubClient.Invoke("ListConversations", null));
        var hubAnswerId = asked[0].GetProperty("items").EnumerateArray().Last().GetProperty("answerId").GetString()!;
        var conversationId = asked[1].GetProperty("result")[0].GetProperty("id").GetString()!;
        await HubClient.RunAsync(url, cookie, HubClient.Invoke("GetConversation", conversationId), HubClient.Invoke("SearchConversations", "property limit"));
        Assert.Contains(await audit.ReadAsync("property limit", Ct), e => e.Kind == "conversations-searched" && e.Actor == "caseworker");
        Assert.Contains(await audit.ReadAsync(hubAnswerId, Ct), e => e.Kind == "answer" && e.Actor == "caseworker");
        Assert.Contains(await audit.ReadAsync("ListConversations", Ct), e => e.Kind == "conversations-listed" && e.Actor == "caseworker");
        Assert.Contains(await audit.ReadAsync(conversationId, Ct), e => e.Kind == "conversation-opened" && e.Actor == "caseworker");
        Assert.True((await audit.VerifyAsync(Ct)).Intact);
    }

    private static async Task Ok(HttpClient client, HttpMethod method, string path) => await Ok(client, new HttpRequestMessage(method, path));

    private static async Task Ok(HttpClient client, HttpRequestMessage request)
    {
        var (status, body) = await SendAsync(client, request);
        Assert.True((int)status is >= 200 and < 300, $"{request.Method} {request.RequestUri} answered {(int)status}: {body}");
    }
}
