using Eligibility.Infrastructure.Anthropic;

namespace Eligibility.Tests.Anthropic;

public sealed class ClaudeOptionsTests
{
    [Fact]
    public void Defaults_match_the_documented_settings()
    {
        var options = new ClaudeOptions();

        Assert.Equal("Claude", ClaudeOptions.SectionName);
        Assert.Equal("claude-sonnet-4-5", options.Model);
        Assert.Equal(1024, options.MaxTokens);
        Assert.Equal(60, options.TimeoutSeconds);
        Assert.Equal(2, options.MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(1), options.RetryDelay);
        Assert.Null(options.BaseUrl);
        Assert.False(options.IsConfigured);
    }

    [Fact]
    public void Is_configured_only_with_a_key_and_never_shows_the_key()
    {
        var options = new ClaudeOptions { ApiKey = ClaudeTestSetup.Key };

        Assert.True(options.IsConfigured);
        Assert.False(new ClaudeOptions { ApiKey = "  " }.IsConfigured);
        Assert.DoesNotContain(ClaudeTestSetup.Key, options.ToString(), StringComparison.Ordinal);
        Assert.Contains("ApiKey=***", options.ToString(), StringComparison.Ordinal);
        Assert.Contains("ApiKey=(none)", new ClaudeOptions().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_generator_rejects_settings_that_cannot_work()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ClaudeTestSetup.Generator(new ClaudeOptions { MaxTokens = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClaudeTestSetup.Generator(new ClaudeOptions { TimeoutSeconds = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClaudeTestSetup.Generator(new ClaudeOptions { MaxRetries = -1 }));
        Assert.Throws<ArgumentException>(() => ClaudeTestSetup.Generator(new ClaudeOptions { BaseUrl = "not a url" }));
        Assert.Throws<ArgumentException>(() => ClaudeTestSetup.Generator(new ClaudeOptions { Model = " " }));
    }

    [Fact]
    public void The_system_prompt_confines_answers_to_the_search_results_and_fixes_the_no_answer_sentence()
    {
        var prompt = ClaudeSystemPrompt.Text;

        Assert.Contains("only the policy manual passages given to you as search results", prompt, StringComparison.Ordinal);
        Assert.Contains("Support every claim with a citation", prompt, StringComparison.Ordinal);
        Assert.Contains("caseworker", prompt, StringComparison.Ordinal);
        Assert.Contains("Do not use outside knowledge", prompt, StringComparison.Ordinal);
        Assert.Contains("Do not state any figure", prompt, StringComparison.Ordinal);
        Assert.Contains($"exactly one sentence that starts with \"{ClaudeSystemPrompt.NoAnswerPrefix}\" and write nothing else", prompt, StringComparison.Ordinal);
    }
}
