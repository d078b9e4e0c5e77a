using Eligibility.Tests.Anthropic;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Panel;

/// <summary>
/// With Claude, nothing it writes reaches the screen before its citation is verified: a sentence waits for its
/// citation, and a sentence whose citation does not hold is shown marked as unsupported, never as answer text.
/// </summary>
public sealed class VerifiedStreamingPanelTests
{
    private const string Supported = "Yes: a property limit applies from 2026.";
    private const string Invented = "The limit doubles for couples.";

    [Fact]
    public async Task A_sentence_appears_only_with_its_verified_citation_and_an_invalid_one_is_marked()
    {
        PanelBrowser.RequireInstalled();

        await using var claude = LoopbackMessagesServer.Start();
        claude.Fallback = request =>
        {
            var results = request.LastUserContent.Where(b => b.GetProperty("type").GetString() == "search_result").ToList();
            var source = results[0].GetProperty("source").GetString()!;
            var text = results[0].GetProperty("content")[0].GetProperty("text").GetString()!;
            var quote = text.Split(". ")[1].Trim() + ".";
            return MessagesReply.Stream(
                Sse.MessageStart(), Sse.TextBlockStart(),
                Sse.Text(Supported),
                Sse.Citation(source, quote, 0) with { DelayBefore = TimeSpan.FromSeconds(3) },
                Sse.BlockStop(),
                Sse.TextBlockStart(1), Sse.Text(" " + Invented, 1), Sse.Citation(source, Invented, 0, index: 1), Sse.BlockStop(1),
                Sse.MessageDelta(), Sse.MessageStop());
        };
        await using var app = new EligibilityApp(settings: new Dictionary<string, string>
        {
            ["Claude:ApiKey"] = ClaudeTestSetup.Key,
            ["Claude:BaseUrl"] = claude.BaseUrl,
            ["Claude:MaxRetries"] = "0",
        });
        await using var browser = await PanelBrowser.OpenSignedInAsync(app.StartRealServer(), "caseworker");
        var page = browser.Page;
        await page.FillAsync("#as-of", "2026-02-01");
        await page.FillAsync("#question", "Is there a property limit for one person?");
        await page.ClickAsync("#send");

        // The model has written the sentence; its citation is 3 s away.
        await page.WaitForFunctionAsync("() => document.querySelector('.turn .mode')?.textContent.includes('Generated answer')");
        await Task.Delay(TimeSpan.FromSeconds(1.5), TestContext.Current.CancellationToken);
        Assert.DoesNotContain("property limit applies", await page.InnerTextAsync(".turn"), StringComparison.Ordinal);
        await browser.ScreenshotAsync("panel-waiting-for-citation.png");

        await page.WaitForSelectorAsync(".turn .actions");
        var answer = await page.InnerTextAsync(".turn .answer");
        Assert.Contains(Supported, answer, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator(".turn .answer .cite").CountAsync());
        Assert.DoesNotContain("doubles", answer, StringComparison.Ordinal);
        Assert.Contains(Invented, await page.InnerTextAsync(".turn .unsupported-note"), StringComparison.Ordinal);
        Assert.Contains("Not supported", await page.InnerTextAsync(".turn .unsupported-note"), StringComparison.Ordinal);
        await browser.ScreenshotAsync("panel-verified-answer.png");
        Assert.Empty(browser.ScriptErrors);
    }
}
