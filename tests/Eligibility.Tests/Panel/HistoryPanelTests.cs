using Eligibility.Tests.Support;

namespace Eligibility.Tests.Panel;

/// <summary>After a reload the earlier conversation is listed, found by its words, reopened, and its citations still open their passages.</summary>
public sealed class HistoryPanelTests
{
    [Fact]
    public async Task An_earlier_conversation_survives_a_reload_and_reopens_with_working_citations()
    {
        PanelBrowser.RequireInstalled();

        await using var app = new EligibilityApp();
        await using var browser = await PanelBrowser.OpenSignedInAsync(app.StartRealServer(), "caseworker");
        var page = browser.Page;
        await page.FillAsync("#as-of", "2026-02-01");
        await page.FillAsync("#question", "Is there a property limit for one person?");
        await page.ClickAsync("#send");
        await page.WaitForSelectorAsync(".turn .answer .cite");

        await page.ReloadAsync();
        await page.WaitForSelectorAsync("#views:not([hidden])");
        Assert.Equal(0, await page.Locator(".turn").CountAsync());
        await page.ClickAsync("#history summary");
        await page.WaitForSelectorAsync(".history-open");
        Assert.Contains("Is there a property limit for one person?", await page.InnerTextAsync("#history-list"), StringComparison.Ordinal);

        await page.FillAsync("#history-search", "zzzz nothing like this");
        await page.WaitForFunctionAsync("() => document.querySelector('#history-list').textContent.includes('No conversation mentions')");
        await page.FillAsync("#history-search", "130,000");
        await page.WaitForSelectorAsync(".history-open");
        await browser.ScreenshotAsync("panel-history-420.png");

        await page.ClickAsync(".history-open");
        await page.WaitForSelectorAsync(".turn .answer .cite");
        Assert.Equal("Is there a property limit for one person?", await page.InnerTextAsync(".turn .question"));
        Assert.Contains("$130,000", await page.InnerTextAsync(".turn .answer"), StringComparison.Ordinal);
        await page.ClickAsync(".turn .answer .cite");
        await page.WaitForSelectorAsync("#passage:not([hidden]) mark");
        Assert.Contains("4.1 Property limit", await page.InnerTextAsync("#passage-meta"), StringComparison.Ordinal);
        Assert.Empty(browser.ScriptErrors);
    }
}
