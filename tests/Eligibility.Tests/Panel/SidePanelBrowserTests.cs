using Eligibility.Tests.Support;

namespace Eligibility.Tests.Panel;

/// <summary>The real side panel in headless Chromium: sign in, ask, watch the answer stream, open a citation.</summary>
public sealed class SidePanelBrowserTests
{
    [Fact]
    public async Task A_caseworker_asks_in_the_panel_and_opens_the_highlighted_cited_passage()
    {
        PanelBrowser.RequireInstalled();

        await using var app = new EligibilityApp();
        await using var browser = await PanelBrowser.OpenSignedInAsync(app.StartRealServer(), "caseworker");
        var page = browser.Page;

        await page.FillAsync("#question", "Is there a property limit for one person?");
        await page.FillAsync("#as-of", "2026-02-01");
        await page.FocusAsync("#question");
        await page.Keyboard.PressAsync("Control+Enter");
        var cite = await page.WaitForSelectorAsync(".answer .cite");
        Assert.Empty(browser.ScriptErrors);

        Assert.Contains("Extracted passages", await page.InnerTextAsync(".mode"), StringComparison.OrdinalIgnoreCase);
        var answerText = await page.InnerTextAsync(".answer");
        Assert.True(answerText.Contains("$130,000", StringComparison.Ordinal), answerText);

        await cite!.ClickAsync();
        await page.WaitForSelectorAsync("#passage:not([hidden]) mark");
        var meta = await page.InnerTextAsync("#passage-meta");
        Assert.Contains("Medi-Cal Eligibility Handbook (sample)", meta, StringComparison.Ordinal);
        Assert.Contains("4.1 Property limit", meta, StringComparison.Ordinal);
        Assert.Contains("Version 2026-01-01, effective 2026-01-01", meta, StringComparison.Ordinal);
        var marked = await page.EvalOnSelectorAllAsync<string>("#passage mark", "marks => marks.map(m => m.textContent).join(' ')");
        Assert.Contains("$130,000", marked, StringComparison.Ordinal);
        Assert.EndsWith("/source#page=7", await page.GetAttributeAsync("#passage-source", "href"), StringComparison.Ordinal);
        await browser.ScreenshotAsync("side-panel-answer.png");

        await page.Keyboard.PressAsync("Escape");
        await page.FillAsync("#question", "What are the walk-in hours of the DPSS office in Pomona?");
        await page.ClickAsync("#send");
        await page.WaitForSelectorAsync(".answer.abstained");
        Assert.Contains("do not answer", await page.InnerTextAsync(".turn:last-child .answer"), StringComparison.Ordinal);
        await browser.ScreenshotAsync("side-panel-abstention.png");
        Assert.Empty(browser.ScriptErrors);
    }
}
