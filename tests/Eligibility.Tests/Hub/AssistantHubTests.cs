using System.Text.Json;
using Eligibility.Tests.Support;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;

namespace Eligibility.Tests.Hub;

/// <summary>
/// The assistant hub through the .NET SignalR client, on the embedded defaults (extractive answers). The browser's
/// own client (@microsoft/signalr) is driven where it is the point: the panel and the browser-security tests.
/// </summary>
public sealed class AssistantHubTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(HttpTransportType.WebSockets)]
    [InlineData(HttpTransportType.ServerSentEvents)]
    [InlineData(HttpTransportType.LongPolling)]
    public async Task A_caseworker_gets_a_streamed_cited_answer_that_is_saved_in_the_conversation(HttpTransportType transport)
    {
        await using var app = new EligibilityApp();
        var url = app.StartRealServer();
        var cookie = await HubClient.SignInAsync(url, "caseworker", "caseworker-demo");
        await using var hub = await HubSession.ConnectAsync(url, cookie, Ct, transport);

        var items = await hub.StreamAsync("Ask", new { question = "Is there a property limit for one person?", asOf = "2026-02-01" }, Ct);

        Assert.Equal("started", items[0].GetProperty("type").GetString());
        Assert.Equal("Extractive", items[0].GetProperty("mode").GetString());
        var citations = items.Where(i => i.GetProperty("type").GetString() == "citation").ToList();
        Assert.NotEmpty(citations);
        Assert.All(citations, c => Assert.Equal("2026-01-01", c.GetProperty("version").GetString()));
        Assert.Contains(citations, c => c.GetProperty("sectionPath").GetString()!.Contains("4.1 Property limit", StringComparison.Ordinal));
        var text = string.Concat(items.Where(i => i.GetProperty("type").GetString() == "delta").Select(i => i.GetProperty("text").GetString()));
        Assert.Contains("$130,000", text, StringComparison.Ordinal);
        var completed = items[^1];
        Assert.Equal("completed", completed.GetProperty("type").GetString());
        Assert.False(completed.GetProperty("abstained").GetBoolean());

        var conversations = (await hub.InvokeAsync("ListConversations", Ct)).EnumerateArray().ToList();
        var conversationId = Assert.Single(conversations).GetProperty("id").GetString();
        var saved = await hub.InvokeAsync("GetConversation", Ct, conversationId);
        var answer = Assert.Single(saved.GetProperty("answers").EnumerateArray());
        Assert.Equal(completed.GetProperty("answerId").GetString(), answer.GetProperty("id").GetString());
        Assert.Contains("$130,000", answer.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_the_manuals_do_not_answer_gets_an_abstention_without_citations()
    {
        await using var app = new EligibilityApp();
        var url = app.StartRealServer();
        await using var hub = await HubSession.ConnectAsync(url, await HubClient.SignInAsync(url, "caseworker", "caseworker-demo"), Ct);

        var items = await hub.StreamAsync("Ask", new { question = "What are the walk-in hours of the DPSS office in Pomona?" }, Ct);

        Assert.DoesNotContain(items, i => i.GetProperty("type").GetString() == "citation");
        Assert.True(items[^1].GetProperty("abstained").GetBoolean());
        Assert.Contains(items, i => i.GetProperty("type").GetString() == "delta" && i.GetProperty("text").GetString()!.Contains("do not answer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bad_input_gets_a_clear_message_and_the_connection_survives_without_saving_anything()
    {
        await using var app = new EligibilityApp();
        var url = app.StartRealServer();
        await using var hub = await HubSession.ConnectAsync(url, await HubClient.SignInAsync(url, "caseworker", "caseworker-demo"), Ct);

        async Task<string> Failure(object argument) => Assert.Single(await hub.StreamAsync("Ask", argument, Ct)).GetProperty("message").GetString()!;
        async Task<string> Error(string method, object argument) => (await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync(method, Ct, argument))).Message;

        Assert.Equal("Type a question first.", await Failure(new { question = "   " }));
        Assert.StartsWith("Questions are limited to 2,000 characters", await Failure(new { question = new string('a', 2001) }), StringComparison.Ordinal);
        Assert.Equal("That conversation was not found.", await Failure(new { question = "Property limit?", conversationId = "nope" }));
        Assert.Contains("is not a date", await Failure(new { question = "Property limit?", asOf = "2026-13-40" }), StringComparison.Ordinal);
        Assert.Contains("Passage 'no-such-passage' was not found.", await Error("GetPassage", "no-such-passage"), StringComparison.Ordinal);
        Assert.Contains("That answer was not found.", await Error("Feedback", new { answerId = "nope", kind = "wrong" }), StringComparison.Ordinal);
        Assert.Contains("helpful, wrong or outdated", await Error("Feedback", new { answerId = "nope", kind = "angry" }), StringComparison.Ordinal);
        await Assert.ThrowsAnyAsync<Exception>(() => hub.StreamAsync("Ask", 42, Ct)); // a malformed message is refused
        Assert.Empty((await hub.InvokeAsync("ListConversations", Ct)).EnumerateArray());
    }

    [Fact]
    public async Task Anonymous_and_wrong_role_callers_cannot_connect_to_the_hub()
    {
        await using var app = new EligibilityApp();
        var url = app.StartRealServer();
        var policy = await HubClient.SignInAsync(url, "policy", "policy-demo");

        var anonymous = await Assert.ThrowsAsync<HttpRequestException>(() => HubSession.ConnectAsync(url, null, Ct));
        var wrongRole = await Assert.ThrowsAsync<HttpRequestException>(() => HubSession.ConnectAsync(url, policy, Ct));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, wrongRole.StatusCode);
    }
}
