using System.Text.Json;
using Eligibility.Core.Answering;
using Eligibility.Infrastructure.Anthropic;

namespace Eligibility.Tests.Anthropic;

public sealed class ClaudeRequestTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sends_passages_as_citable_search_results_then_the_question_with_cached_system_prompt_model_and_auth()
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Enqueue(Sse.Answer("Within 10 days."));
        using var generator = ClaudeTestSetup.Generator(ClaudeTestSetup.Options(server));

        await ClaudeTestSetup.CollectAsync(generator.GenerateAsync(ClaudeTestSetup.Request(), Ct), Ct);

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1/messages", request.Path);
        Assert.Equal($"Bearer {ClaudeTestSetup.Key}", request.Header("Authorization"));
        Assert.False(string.IsNullOrWhiteSpace(request.Header("anthropic-version")));
        Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);

        var body = request.Json;
        Assert.Equal("claude-test-model", body.GetProperty("model").GetString());
        Assert.Equal(321, body.GetProperty("max_tokens").GetInt32());
        Assert.True(body.GetProperty("stream").GetBoolean());

        var system = Assert.Single(body.GetProperty("system").EnumerateArray());
        Assert.Equal("text", system.GetProperty("type").GetString());
        Assert.Equal(ClaudeSystemPrompt.Text, system.GetProperty("text").GetString());
        Assert.Equal("ephemeral", system.GetProperty("cache_control").GetProperty("type").GetString());

        var message = Assert.Single(request.Messages);
        Assert.Equal("user", message.GetProperty("role").GetString());
        var content = request.LastUserContent;
        Assert.Equal(3, content.Count);
        var passages = ClaudeTestSetup.TwoPassages;
        for (var i = 0; i < 2; i++)
        {
            var block = content[i];
            Assert.Equal("search_result", block.GetProperty("type").GetString());
            Assert.Equal(passages[i].Passage.Id, block.GetProperty("source").GetString());
            Assert.True(block.GetProperty("citations").GetProperty("enabled").GetBoolean());
            var text = Assert.Single(block.GetProperty("content").EnumerateArray());
            Assert.Equal("text", text.GetProperty("type").GetString());
            Assert.Equal(passages[i].Passage.Text, text.GetProperty("text").GetString());
        }

        Assert.Equal(
            "Medi-Cal Eligibility Procedures Manual — Article 5 > § 50185 Reporting changes (version 2024-07, effective 2024-07-01, pp. 12–13)",
            content[0].GetProperty("title").GetString());
        Assert.Equal(
            "Medi-Cal Eligibility Procedures Manual — Article 5 > § 50189 County action (version 2024-07, effective 2024-07-01, p. 14)",
            content[1].GetProperty("title").GetString());

        Assert.Equal("text", content[2].GetProperty("type").GetString());
        Assert.Equal("How soon must a beneficiary report an income change?", content[2].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Sends_earlier_turns_as_prior_user_and_assistant_messages_before_the_grounded_question()
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Enqueue(Sse.Answer("Within 30 days."));
        using var generator = ClaudeTestSetup.Generator(ClaudeTestSetup.Options(server));
        ConversationTurn[] history =
        [
            new("Who reports income changes?", "The beneficiary reports them."),
            new("Within how many days?", "Within 10 days of the change."),
        ];

        await ClaudeTestSetup.CollectAsync(generator.GenerateAsync(ClaudeTestSetup.Request("And the county?", history), Ct), Ct);

        var messages = Assert.Single(server.Requests).Messages;
        Assert.Equal(5, messages.Count);
        Assert.Equal(["user", "assistant", "user", "assistant", "user"], messages.Select(m => m.GetProperty("role").GetString()));
        Assert.Equal(
            ["<earlier_question>\nWho reports income changes?\n</earlier_question>", "The beneficiary reports them.", "<earlier_question>\nWithin how many days?\n</earlier_question>", "Within 10 days of the change."],
            messages.Take(4).Select(TextOf));
        Assert.All(messages.Take(4), m => Assert.DoesNotContain("search_result", m.GetRawText(), StringComparison.Ordinal));
        var last = messages[^1].GetProperty("content").EnumerateArray().ToList();
        Assert.Equal(["search_result", "search_result", "text"], last.Select(b => b.GetProperty("type").GetString()));
        Assert.Equal("And the county?", last[^1].GetProperty("text").GetString());
    }

    [Fact]
    public void Model_id_is_the_configured_model()
    {
        using var generator = ClaudeTestSetup.Generator(new ClaudeOptions { ApiKey = "k", Model = "claude-opus-test" });

        Assert.Equal("claude-opus-test", generator.ModelId);
    }

    /// <summary>A message's text, whether sent as a plain string or as text blocks.</summary>
    private static string TextOf(JsonElement message)
    {
        var content = message.GetProperty("content");
        return content.ValueKind == JsonValueKind.String
            ? content.GetString()!
            : string.Concat(content.EnumerateArray().Select(b => b.GetProperty("text").GetString()));
    }
}
