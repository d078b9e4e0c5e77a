using System.Text.Json.Nodes;
using Eligibility.Core.Determinations;
using Eligibility.Infrastructure.Anthropic;
using Eligibility.Infrastructure.Anthropic.Drafting;

namespace Eligibility.Tests.Anthropic;

/// <summary>The requests of a draft (preparing, then drafting), as the loopback Messages server received them.</summary>
public sealed class ClaudeDraftingRequestTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Prepares_with_the_calculator_plugin_then_sends_the_cited_passages_the_redacted_facts_and_the_figures_under_the_drafting_prompt()
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Enqueue(DraftingTestSetup.Prepared, DraftingTestSetup.CitedDraft());
        using var drafter = DraftingTestSetup.Drafter(ClaudeTestSetup.Options(server));
        var request = DraftingTestSetup.Request();

        await drafter.DraftAsync(request, Ct);

        Assert.Equal(2, server.Requests.Count);
        var preparing = server.Requests[0];
        var tool = Assert.Single(preparing.Json.GetProperty("tools").EnumerateArray());
        Assert.Equal(DraftingTestSetup.CalculatorTool, tool.GetProperty("name").GetString());
        Assert.Equal(IncomeCalculatorTool.Description, tool.GetProperty("description").GetString());
        var schema = tool.GetProperty("input_schema");
        Assert.Equal(["household_size", "benefit_month", "incomes"], schema.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["household_size", "incomes"], schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse(IncomeCalculatorTool.InputSchema.GetProperty("properties").GetProperty("incomes").GetProperty("items").GetProperty("properties").GetProperty("frequency").GetRawText())!["enum"],
            JsonNode.Parse(schema.GetProperty("properties").GetProperty("incomes").GetProperty("items").GetProperty("properties").GetProperty("frequency").GetRawText())!["enum"]));
        Assert.Contains(request.RedactedFacts.Trim(), preparing.Messages[0].GetProperty("content")[0].GetProperty("text").GetString(), StringComparison.Ordinal);

        var sent = server.Requests[1];
        Assert.Equal("/v1/messages", sent.Path);
        Assert.Equal($"Bearer {ClaudeTestSetup.Key}", sent.Header("Authorization"));
        var body = sent.Json;
        Assert.False(body.TryGetProperty("stream", out var stream) && stream.GetBoolean());
        Assert.Equal("claude-test-model", body.GetProperty("model").GetString());
        Assert.Equal(DraftingRequestBuilder.MinMaxTokens, body.GetProperty("max_tokens").GetInt32()); // the options' 321 is too few for a draft
        Assert.False(body.TryGetProperty("tools", out _));

        var system = Assert.Single(body.GetProperty("system").EnumerateArray());
        Assert.Equal(DraftingSystemPrompt.Text, system.GetProperty("text").GetString());
        Assert.Equal("ephemeral", system.GetProperty("cache_control").GetProperty("type").GetString());

        var message = Assert.Single(sent.Messages);
        Assert.Equal("user", message.GetProperty("role").GetString());
        var content = sent.LastUserContent;
        Assert.Equal(["search_result", "search_result", "text"], content.Select(b => b.GetProperty("type").GetString()));
        var passages = ClaudeTestSetup.TwoPassages;
        for (var i = 0; i < passages.Count; i++)
        {
            Assert.Equal(passages[i].Passage.Id, content[i].GetProperty("source").GetString());
            Assert.True(content[i].GetProperty("citations").GetProperty("enabled").GetBoolean());
            Assert.Equal(passages[i].Passage.Text, Assert.Single(content[i].GetProperty("content").EnumerateArray()).GetProperty("text").GetString());
        }

        Assert.Equal(
            "Medi-Cal Eligibility Procedures Manual — Article 5 > § 50185 Reporting changes (version 2024-07, effective 2024-07-01, pp. 12–13)",
            content[0].GetProperty("title").GetString());

        var caseText = content[2].GetProperty("text").GetString()!;
        Assert.Contains(request.RedactedFacts.Trim(), caseText, StringComparison.Ordinal);
        Assert.All(request.Figures.Steps, step => Assert.Contains(step, caseText, StringComparison.Ordinal));
        Assert.Contains("[NAME-1]", caseText, StringComparison.Ordinal);
        Assert.All(server.Requests, r => Assert.DoesNotContain("Lopez", r.Body, StringComparison.Ordinal));
        Assert.All(server.Requests, r => Assert.DoesNotContain("123-45-6789", r.Body, StringComparison.Ordinal));
    }

    [Fact]
    public void The_drafting_prompt_confines_the_model_to_the_passages_the_calculator_and_the_line_format()
    {
        var prompt = DraftingSystemPrompt.Text;

        Assert.Contains("the caseworker reviews it, checks it against the case, and makes the decision", prompt, StringComparison.Ordinal);
        Assert.Contains("Use only the search results", prompt, StringComparison.Ordinal);
        Assert.Contains("Cite the search result that supports every reasoning step", prompt, StringComparison.Ordinal);
        Assert.Contains("Never compute a figure yourself", prompt, StringComparison.Ordinal);
        Assert.Contains("Copy the figures already computed and the calculation results exactly as written", prompt, StringComparison.Ordinal);
        Assert.Contains("OUTCOME: one of likely-eligible, likely-ineligible, cannot-tell-yet", prompt, StringComparison.Ordinal);
        Assert.Contains("STEP:", prompt, StringComparison.Ordinal);
        Assert.Contains("MISSING:", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_prompt_hash_is_the_sha256_of_the_system_prompt_and_messages_as_sent()
    {
        await using var server = LoopbackMessagesServer.Start();
        server.Enqueue(DraftingTestSetup.Prepared, DraftingTestSetup.CitedDraft(), DraftingTestSetup.Prepared, DraftingTestSetup.CitedDraft());
        using var drafter = DraftingTestSetup.Drafter(ClaudeTestSetup.Options(server));

        var first = await drafter.DraftAsync(DraftingTestSetup.Request(), Ct);
        var again = await drafter.DraftAsync(DraftingTestSetup.Request(), Ct);
        var other = DraftingTestSetup.Request(DraftingTestSetup.Facts with { Notes = "Works nights." });

        var body = server.Requests[1].Json;
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(body.GetProperty("system").GetRawText() + "\n" + body.GetProperty("messages").GetRawText())));
        Assert.Equal(expected, first.PromptHash);
        Assert.Equal(first.PromptHash, again.PromptHash);
        server.Enqueue(DraftingTestSetup.Prepared, DraftingTestSetup.CitedDraft());
        Assert.NotEqual(first.PromptHash, (await drafter.DraftAsync(other, Ct)).PromptHash);
    }

    [Fact]
    public void Model_id_is_the_configured_model()
    {
        using var drafter = DraftingTestSetup.Drafter(new ClaudeOptions { ApiKey = "k", Model = "claude-opus-test" });

        Assert.Equal("claude-opus-test", drafter.ModelId);
    }
}
