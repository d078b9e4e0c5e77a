using Eligibility.Tests.Support;
using Microsoft.Playwright;

namespace Eligibility.Tests.Panel;

/// <summary>The real side panel in headless Chromium: sign in, ask, watch the answer stream, open a citation.</summary>
public sealed class SidePanelBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task A_caseworker_asks_in_the_panel_and_opens_the_highlighted_cited_passage()
    {
        if (!File.Exists(Chromium))
        {
            Assert.Skip("Debian's chromium is not installed (the README's test command installs it)");
        }

        await using var app = new EligibilityApp();
        var url = app.StartRealServer();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 420, Height = 900 } });
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add(error);
        await page.GotoAsync(url);

        await page.FillAsync("#user", "caseworker");
        await page.FillAsync("#password", "caseworker-demo");
        await page.ClickAsync("#sign-in button[type=submit]");
        await page.WaitForSelectorAsync("#connection:has-text('Signed in as caseworker')");

        await page.FillAsync("#question", "Is there a property limit for one person?");
        await page.FillAsync("#as-of", "2026-02-01");
        await page.FocusAsync("#question");
        await page.Keyboard.PressAsync("Control+Enter");
        var cite = await page.WaitForSelectorAsync(".answer .cite");
        Assert.Empty(scriptErrors);

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

        var shots = Path.Combine(SharedCorpus.RepositoryRoot(), "artifacts", "screenshots");
        Directory.CreateDirectory(shots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "side-panel-answer.png"), FullPage = true });

        await page.FillAsync("#question", "What are the walk-in hours of the DPSS office in Pomona?");
        await page.ClickAsync("#send");
        await page.WaitForSelectorAsync(".answer.abstained");
        Assert.Contains("do not answer", await page.InnerTextAsync(".turn:last-child .answer"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "side-panel-abstention.png"), FullPage = true });
    }
}
