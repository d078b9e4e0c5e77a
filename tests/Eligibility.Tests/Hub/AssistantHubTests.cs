using System.Text.Json;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Hub;

/// <summary>The assistant hub through the official SignalR client, on the embedded defaults (extractive answers).</summary>
public sealed class AssistantHubTests
{
    [Fact]
    public async Task A_caseworker_gets_a_streamed_cited_answer_that_is_saved_in_the_conversation()
    {
        await using var app = new EligibilityApp();
        var url = app.StartRealServer();
        var cookie = await HubClient.SignInAsync(url, "caseworker", "caseworker-demo");

        var results = await HubClient.RunAsync(url, cookie,
            HubClient.Stream("Ask", new { question = "Is there a property limit for one person?", asOf = "2026-02-01" }),
            HubClient.Invoke("ListConversations", null));

        var items = results[0].GetProperty("items").EnumerateArray().ToList();
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

        var conversations = results[1].GetProperty("result").EnumerateArray().ToList();
        var conversationId = Assert.Single(conversations).GetProperty("id").GetString();
        var saved = await HubClient.RunAsync(url, cookie, HubClient.Invoke("GetConversation", conversationId));
        var answer = Assert.Single(saved[0].GetProperty("result").GetProperty("answers").EnumerateArray());
        Assert.Equal(completed.GetProperty("answerId").GetString(), answer.GetProperty("id").GetString());
        Assert.Contains("$130,000", answer.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_the_manuals_do_not_answer_gets_an_abstention_without_citations()
    {
        await using var app = new EligibilityApp();
        var url = app.StartRealServer();
        var cookie = await HubClient.SignInAsync(url, "caseworker", "caseworker-demo");

        var results = await HubClient.RunAsync(url, cookie, HubClient.Stream("Ask", new { question = "What are the walk-in hours of the DPSS office in Pomona?" }));

        var items = results[0].GetProperty("items").EnumerateArray().ToList();
        Assert.DoesNotContain(items, i => i.GetProperty("type").GetString() == "citation");
        Assert.True(items[^1].GetProperty("abstained").GetBoolean());
        Assert.Contains(items, i => i.GetProperty("type").GetString() == "delta" && i.GetProperty("text").GetString()!.Contains("do not answer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bad_input_gets_a_clear_message_and_the_connection_survives_without_saving_anything()
    {
        await using var app = new EligibilityApp();
        var url = app.StartRealServer();
        var cookie = await HubClient.SignInAsync(url, "caseworker", "caseworker-demo");

        var results = await HubClient.RunAsync(url, cookie,
            HubClient.Stream("Ask", new { question = "   " }),
            HubClient.Stream("Ask", new { question = new string('a', 2001) }),
            HubClient.Stream("Ask", new { question = "Property limit?", conversationId = "nope" }),
            HubClient.Stream("Ask", new { question = "Property limit?", asOf = "2026-13-40" }),
            HubClient.Invoke("GetPassage", "no-such-passage"),
            HubClient.Invoke("Feedback", new { answerId = "nope", kind = "wrong" }),
            HubClient.Invoke("Feedback", new { answerId = "nope", kind = "angry" }),
            HubClient.Stream("Ask", 42),
            HubClient.Invoke("ListConversations", null));

        string Failure(int i) => results[i].GetProperty("items")[0].GetProperty("message").GetString()!;
        Assert.Equal("Type a question first.", Failure(0));
        Assert.StartsWith("Questions are limited to 2,000 characters", Failure(1), StringComparison.Ordinal);
        Assert.Equal("That conversation was not found.", Failure(2));
        Assert.Contains("is not a date", Failure(3), StringComparison.Ordinal);
        Assert.Contains("Passage 'no-such-passage' was not found.", results[4].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("That answer was not found.", results[5].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("helpful, wrong or outdated", results[6].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.True(results[7].TryGetProperty("error", out _), "a malformed message is refused");
        Assert.Empty(results[8].GetProperty("result").EnumerateArray());
    }

    [Fact]
    public async Task Anonymous_and_wrong_role_callers_cannot_connect_to_the_hub()
    {
        await using var app = new EligibilityApp();
        var url = app.StartRealServer();
        var policy = await HubClient.SignInAsync(url, "policy", "policy-demo");

        var anonymous = await HubClient.RunAsync(url, null, HubClient.Invoke("ListConversations", null));
        var wrongRole = await HubClient.RunAsync(url, policy, HubClient.Invoke("ListConversations", null));

        Assert.Contains("401", anonymous[0].GetProperty("connect").GetString(), StringComparison.Ordinal);
        Assert.Contains("403", wrongRole[0].GetProperty("connect").GetString(), StringComparison.Ordinal);
    }
}
