using Eligibility.Tests.Support;

namespace Eligibility.Tests.Panel;

/// <summary>A click is never lost to a layout that shifts under it, and the latest answer is never left under the question box.</summary>
public sealed class PanelLayoutTests
{
    [Theory]
    [InlineData(360)]
    [InlineData(480)]
    public async Task Add_member_takes_the_click_even_when_a_field_hint_appears_and_the_last_answer_stays_in_view(int width)
    {
        PanelBrowser.RequireInstalled();

        await using var app = new EligibilityApp();
        await using var browser = await PanelBrowser.OpenSignedInAsync(app.StartRealServer(), "caseworker", width: width, height: 640);
        var page = browser.Page;

        // Ask a few questions so the conversation is taller than the panel; the newest answer must end above the question box.
        await page.FillAsync("#as-of", "2026-02-01");
        foreach (var (question, turns) in new[] { ("Is there a property limit for one person?", 1), ("How long does the county have to decide an application?", 2), ("What notice must the county send when it denies an application?", 3) })
        {
            await page.FillAsync("#question", question);
            await page.ClickAsync("#send");
            await page.WaitForFunctionAsync($"() => document.querySelectorAll('.turn').length === {turns} && document.querySelector('.turn:last-child .actions')");
        }

        var hidden = await page.EvaluateAsync<double>("() => document.querySelector('.turn:last-child .answer').getBoundingClientRect().bottom - document.querySelector('#ask').getBoundingClientRect().top");
        Assert.True(hidden <= 1, $"the last answer ends {hidden:N0} px under the question box");
        await page.ScreenshotAsync(new() { Path = PanelBrowser.ScreenshotPath($"panel-last-answer-{width}.png") });

        await page.ClickAsync("#tab-case");
        var rows = await page.Locator("[data-field$='].age']").CountAsync();
        await page.FillAsync($"[data-field='household[{rows}].age']", "200");
        // The click leaves the age field: its "out of range" hint appears as the pointer goes down on the button.
        await page.ClickAsync("#add-member");
        await page.WaitForFunctionAsync($"() => document.querySelectorAll(\"[data-field$='].age']\").length === {rows + 1}");
        Assert.Equal("true", await page.GetAttributeAsync($"[data-field='household[{rows}].age']", "aria-invalid"));
        Assert.Empty(browser.ScriptErrors);
    }
}
