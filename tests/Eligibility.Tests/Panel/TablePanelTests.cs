using Eligibility.Tests.Support;

namespace Eligibility.Tests.Panel;

/// <summary>A question whose answer is a table row: the answer quotes the row, and the opened passage shows the table as a table with that row highlighted.</summary>
public sealed class TablePanelTests
{
    [Fact]
    public async Task The_row_for_the_household_size_is_the_answer_and_the_table_shows_as_a_table()
    {
        PanelBrowser.RequireInstalled();

        await using var app = new EligibilityApp();
        await using var browser = await PanelBrowser.OpenSignedInAsync(app.StartRealServer(), "caseworker");
        var page = browser.Page;

        await page.FillAsync("#question", "What is the monthly income limit for a household of 3?");
        await page.FillAsync("#as-of", "2026-02-01");
        await page.FocusAsync("#question");
        await page.Keyboard.PressAsync("Control+Enter");
        var cite = await page.WaitForSelectorAsync(".answer .cite");
        var answer = await page.InnerTextAsync(".answer");
        Assert.True(answer.Contains("3 | $3,142", StringComparison.Ordinal), answer);
        Assert.DoesNotContain("Monthly income limit by household size (138% FPL)", answer, StringComparison.Ordinal);

        await cite!.ClickAsync();
        await page.WaitForSelectorAsync("#passage:not([hidden]) table.passage-table");
        var rows = await page.EvalOnSelectorAllAsync<string[]>("#passage table.passage-table tr", "rows => rows.map(r => [...r.cells].map(c => c.textContent).join('/'))");
        Assert.Equal(["Household size/Monthly limit", "1/$1,836", "2/$2,489", "3/$3,142", "4/$3,795", "5/$4,448", "6/$5,101", "7/$5,754", "8/$6,407"], rows);
        Assert.Equal("3/$3,142", await page.EvalOnSelectorAsync<string>("#passage table.passage-table tr.cited", "r => [...r.cells].map(c => c.textContent).join('/')"));
        Assert.Empty(browser.ScriptErrors);
        await browser.ScreenshotAsync("side-panel-table.png");
    }
}
