using System.Text.Json;
using Eligibility.Tests.Anthropic;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Hub;

/// <summary>
/// The server with Claude configured against a loopback Messages API: the model's citations are mapped to
/// passages, a citation whose text is not in its passage is dropped, and uncited sentences are flagged.
/// </summary>
public sealed class ClaudeAnswersThroughHubTests
{
    [Fact]
    public async Task A_generated_answer_streams_with_verified_citations_and_a_bad_one_is_dropped()
    {
        await using var claude = LoopbackMessagesServer.Start();
        claude.Fallback = request =>
        {
            // Cite the first search result with its first sentence; also cite text that is not in it.
            var results = request.LastUserContent.Where(b => b.GetProperty("type").GetString() == "search_result").ToList();
            var source = results[0].GetProperty("source").GetString()!;
            var text = results[0].GetProperty("content")[0].GetProperty("text").GetString()!;
            var sentence = text.Split(". ")[1].Trim() + ".";
            return MessagesReply.Stream(
                Sse.MessageStart(), Sse.TextBlockStart(),
                Sse.Text("Yes: a property limit applies from 2026."), Sse.Citation(source, sentence, 0), Sse.BlockStop(),
                Sse.TextBlockStart(1), Sse.Text(" The limit doubles for couples.", 1), Sse.Citation(source, "The limit doubles for couples.", 0, index: 1), Sse.BlockStop(1),
                Sse.MessageDelta(), Sse.MessageStop());
        };
        await using var app = WithClaude(claude);
        var url = app.StartRealServer();
        var cookie = await HubClient.SignInAsync(url, "caseworker", "caseworker-demo");

        var results = await HubClient.RunAsync(url, cookie, HubClient.Stream("Ask", new { question = "Is there a property limit for one person? My SSN is 123-45-6789.", asOf = "2026-02-01" }));

        var items = results[0].GetProperty("items").EnumerateArray().ToList();
        Assert.Equal("Generated", items[0].GetProperty("mode").GetString());
        var citation = Assert.Single(items, i => i.GetProperty("type").GetString() == "citation");
        Assert.StartsWith("medi-cal-eligibility-handbook@2026-01-01#", citation.GetProperty("passageId").GetString(), StringComparison.Ordinal);
        Assert.Contains(items, i => i.GetProperty("type").GetString() == "unsupported" && i.GetProperty("sentence").GetString()!.Contains("doubles", StringComparison.Ordinal));
        var completed = items[^1];
        Assert.Equal(1, completed.GetProperty("droppedCitations").GetInt32());
        Assert.Equal(1, completed.GetProperty("unsupportedSentences").GetInt32());
        Assert.False(completed.GetProperty("abstained").GetBoolean());

        // The audit keeps what the model wrote unsupported, although the panel never showed it as answer text.
        var audit = (Eligibility.Core.Audit.IAuditLog)app.Services.GetService(typeof(Eligibility.Core.Audit.IAuditLog))!;
        var entry = Assert.Single(await audit.ReadAsync(completed.GetProperty("answerId").GetString()!, TestContext.Current.CancellationToken), e => e.Kind == "answer");
        Assert.Contains("The limit doubles for couples.", entry.Payload, StringComparison.Ordinal);
        Assert.DoesNotContain("doubles", System.Text.Json.JsonDocument.Parse(entry.Payload).RootElement.GetProperty("text").GetString()!, StringComparison.Ordinal);

        var sent = Assert.Single(claude.Requests).Body;
        Assert.DoesNotContain("123-45-6789", sent, StringComparison.Ordinal);
        Assert.Contains("[SSN-1]", sent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_model_says_the_passages_do_not_answer_the_answer_is_an_abstention()
    {
        await using var claude = LoopbackMessagesServer.Start();
        claude.Fallback = _ => Sse.Answer("The policy manuals provided do not answer this question.");
        await using var app = WithClaude(claude);
        var url = app.StartRealServer();
        var cookie = await HubClient.SignInAsync(url, "caseworker", "caseworker-demo");

        var results = await HubClient.RunAsync(url, cookie, HubClient.Stream("Ask", new { question = "Does the property limit apply to a household's second car?", asOf = "2026-02-01" }));

        var items = results[0].GetProperty("items").EnumerateArray().ToList();
        Assert.Single(claude.Requests);
        Assert.DoesNotContain(items, i => i.GetProperty("type").GetString() is "citation" or "unsupported");
        Assert.True(items[^1].GetProperty("abstained").GetBoolean());
    }

    [Fact]
    public async Task A_model_failure_mid_answer_is_shown_and_nothing_is_saved()
    {
        await using var claude = LoopbackMessagesServer.Start();
        claude.Fallback = _ => MessagesReply.Stream(Sse.MessageStart(), Sse.TextBlockStart(), Sse.Text("A property limit"), Sse.Error("overloaded_error", "Overloaded"));
        await using var app = WithClaude(claude);
        var url = app.StartRealServer();
        var cookie = await HubClient.SignInAsync(url, "caseworker", "caseworker-demo");

        var results = await HubClient.RunAsync(url, cookie,
            HubClient.Stream("Ask", new { question = "Is there a property limit for one person?", asOf = "2026-02-01" }),
            HubClient.Invoke("ListConversations", null));

        var items = results[0].GetProperty("items").EnumerateArray().ToList();
        Assert.Equal("failed", items[^1].GetProperty("type").GetString());
        Assert.Contains("Claude", items[^1].GetProperty("message").GetString(), StringComparison.Ordinal);
        var conversation = Assert.Single(results[1].GetProperty("result").EnumerateArray()).GetProperty("id").GetString();
        var saved = await HubClient.RunAsync(url, cookie, HubClient.Invoke("GetConversation", conversation));
        Assert.Empty(saved[0].GetProperty("result").GetProperty("answers").EnumerateArray());
    }

    private static EligibilityApp WithClaude(LoopbackMessagesServer claude) => new(settings: new Dictionary<string, string>
    {
        ["Claude:ApiKey"] = ClaudeTestSetup.Key,
        ["Claude:BaseUrl"] = claude.BaseUrl,
        ["Claude:MaxRetries"] = "0",
    });
}
