using Eligibility.Tests.Support;

namespace Eligibility.Tests.Panel;

/// <summary>Follow-ups in the real panel: an unrelated short question is answered on its own; a real follow-up says how it was understood, and undo re-asks it as typed.</summary>
public sealed class FollowUpPanelTests
{
    [Fact]
    public async Task Only_a_real_follow_up_is_understood_in_context_and_the_caseworker_can_undo_it()
    {
        PanelBrowser.RequireInstalled();

        await using var app = new EligibilityApp();
        await using var browser = await PanelBrowser.OpenSignedInAsync(app.StartRealServer(), "caseworker");
        var page = browser.Page;
        await page.FillAsync("#as-of", "2026-02-01");

        await AskAsync(page, "What is the monthly income limit for a household of 3?", turns: 1);
        await AskAsync(page, "Who is in the household of a pregnant woman?", turns: 2);
        var second = page.Locator(".turn").Nth(1);
        Assert.False(await second.Locator(".understood").IsVisibleAsync(), "an unrelated question was shown as understood in context");
        Assert.DoesNotContain("income limit", await second.Locator(".understood").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);

        await AskAsync(page, "and for a household of 4?", turns: 3);
        var third = page.Locator(".turn").Nth(2);
        Assert.True(await third.Locator(".understood").IsVisibleAsync());
        var understood = await third.Locator(".understood").InnerTextAsync();
        Assert.Contains("Understood as", understood, StringComparison.Ordinal);
        Assert.Contains("household of 4", understood, StringComparison.Ordinal);
        Assert.Contains("pregnant woman", understood, StringComparison.Ordinal);
        await browser.ScreenshotAsync("panel-understood-as.png");

        await third.Locator(".understood-undo").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.turn').length === 4 && document.querySelector('.turn:last-child .answer:not([aria-busy])')");
        var fourth = page.Locator(".turn").Nth(3);
        Assert.Equal("and for a household of 4?", await fourth.Locator(".question").InnerTextAsync());
        Assert.False(await fourth.Locator(".understood").IsVisibleAsync(), "the question asked as typed was rewritten again");
        Assert.Empty(browser.ScriptErrors);
    }

    private static async Task AskAsync(Microsoft.Playwright.IPage page, string question, int turns)
    {
        await page.FillAsync("#question", question);
        await page.ClickAsync("#send");
        await page.WaitForFunctionAsync($"() => document.querySelectorAll('.turn').length === {turns} && document.querySelector('.turn:last-child .answer:not([aria-busy])')");
    }
}
