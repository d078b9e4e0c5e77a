using System.Text.RegularExpressions;
using Eligibility.Tests.Support;
using Microsoft.Playwright;

namespace Eligibility.Tests.Panel;

/// <summary>
/// The panel's Case view in headless Chromium against the real server (no model, sample manuals): the server's
/// problems shown by their fields, a no-model draft with cited manual versions and figures, a citation opened,
/// an amendment recorded as a diff, and the printable record.
/// </summary>
public sealed class CaseViewTests
{
    private const string AmendedSummary = "Countable income is about 117% of the poverty level, within the 138% MAGI adult limit.";

    [Fact]
    public async Task A_caseworker_fixes_the_facts_drafts_opens_a_citation_amends_and_prints()
    {
        PanelBrowser.RequireInstalled();

        await using var app = new EligibilityApp();
        await using var browser = await PanelBrowser.OpenSignedInAsync(app.StartRealServer(), "caseworker", width: 400);
        var page = browser.Page;

        // The Case tab, reached from the keyboard, once the panel has finished starting (its last step focuses the question box).
        await page.WaitForFunctionAsync("() => document.activeElement?.id === 'question'");
        await page.FocusAsync("#tab-ask");
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("true", await page.GetAttributeAsync("#tab-case", "aria-selected"));
        await page.WaitForSelectorAsync("#case-form:visible");
        Assert.True(await page.IsHiddenAsync("#assistant"));

        // An impossible age and a negative income: the server's problems by their fields, and no draft.
        await page.FillAsync("[data-field='household[1].name']", "Ana Reyes");
        await page.FillAsync("[data-field='household[1].age']", "200");
        await page.SelectOptionAsync("[data-field='household[1].immigrationStatus']", "citizen");
        await page.SelectOptionAsync("#case-county", "Sacramento");
        await page.FillAsync("#case-month", "2025-06");
        await page.ClickAsync("#add-income");
        await page.SelectOptionAsync("[data-field='income[1].member']", "1");
        await page.SelectOptionAsync("[data-field='income[1].type']", "wages");
        await page.FillAsync("[data-field='income[1].amount']", "-50");
        await page.SelectOptionAsync("[data-field='income[1].frequency']", "biweekly");
        await page.ClickAsync("#case-submit");

        await page.WaitForSelectorAsync("#case-problems:visible");
        Assert.Contains("200 is not a possible age", await ErrorNextTo(page, "household[1].age"), StringComparison.Ordinal);
        Assert.Contains("negative", await ErrorNextTo(page, "income[1].amount"), StringComparison.Ordinal);
        Assert.Equal("true", await page.GetAttributeAsync("[data-field='household[1].age']", "aria-invalid"));
        var summary = await page.InnerTextAsync("#case-problems");
        Assert.Contains("Member 1 · applicant, age: 200 is not a possible age", summary, StringComparison.Ordinal);
        Assert.Contains("Income 1, amount:", summary, StringComparison.Ordinal);
        Assert.True(await page.IsHiddenAsync("#determination"));
        Assert.Equal(0, await page.Locator("#recent-list .recent-item").CountAsync());
        await browser.ScreenshotAsync("case-problems.png");

        // Fixed, and a MAGI household of three in Sacramento for June 2025 with biweekly wages.
        await page.FillAsync("[data-field='household[1].age']", "34");
        await page.FillAsync("[data-field='income[1].amount']", "1200");
        await AddMemberAsync(page, 2, "Luis Reyes", "36", "spouse");
        await AddMemberAsync(page, 3, "Sofia Reyes", "8", "child");
        await browser.ScreenshotAsync("case-form.png");
        await page.ClickAsync("#case-submit");

        await page.WaitForSelectorAsync("#determination:visible .det-head .badge");
        Assert.True(await page.IsHiddenAsync("#case-problems"));
        Assert.Equal("Left to you", await page.InnerTextAsync(".det-head .badge"));
        Assert.Contains("DRAFT — not a determination until you approve it", await page.InnerTextAsync("#determination .banner"), StringComparison.Ordinal);
        Assert.Contains("Extracted passages — no model", await page.TextContentAsync("#determination .mode"), StringComparison.Ordinal);
        var cited = await page.InnerTextAsync("#determination .sources.cited");
        Assert.Contains("Medi-Cal Eligibility Handbook (sample)", cited, StringComparison.Ordinal);
        Assert.Contains("version 2025-01-01, effective 2025-01-01", cited, StringComparison.Ordinal);
        Assert.DoesNotContain("version 2026-01-01", cited, StringComparison.Ordinal);
        var figures = await page.InnerTextAsync("#determination .figures");
        Assert.Contains("$2,600.00 a month", figures, StringComparison.Ordinal);
        Assert.Contains("117.1%", figures, StringComparison.Ordinal);
        Assert.Contains("HHS Poverty Guidelines for 2025", figures, StringComparison.Ordinal);
        Assert.Contains("138% = $3,064.75 a month", figures, StringComparison.Ordinal);
        Assert.True(await page.IsDisabledAsync("#determination button.approve"));
        await browser.ScreenshotAsync("case-draft.png");

        // A citation chip opens the passage with the quoted span highlighted.
        var chip = page.Locator("#determination .sources.cited .cite").First;
        var quoted = Squeeze(await page.Locator("#determination .sources.cited q").First.TextContentAsync());
        await chip.ClickAsync();
        await page.WaitForSelectorAsync("#passage:not([hidden]) mark");
        Assert.Contains("Version 2025-01-01, effective 2025-01-01", await page.InnerTextAsync("#passage-meta"), StringComparison.Ordinal);
        Assert.Equal(quoted, Squeeze(await page.Locator("#passage mark").First.TextContentAsync()));
        await page.ScreenshotAsync(new() { Path = PanelBrowser.ScreenshotPath("case-passage.png") });
        await page.Keyboard.PressAsync("Escape");
        Assert.True(await page.IsHiddenAsync("#passage"));

        // Amended to likely eligible: AMENDED, who, and the before/after.
        await page.ClickAsync("#determination button:has-text('Amend')");
        await page.SelectOptionAsync(".decide-form select", "likely-eligible");
        await page.FillAsync(".decide-form textarea >> nth=0", AmendedSummary);
        await page.ClickAsync(".decide-form button:has-text('Save as amended')");
        await page.WaitForSelectorAsync("#determination .banner.final");
        Assert.Contains("AMENDED", await page.InnerTextAsync("#determination .banner.final"), StringComparison.Ordinal);
        Assert.Contains("AMENDED by caseworker", await page.InnerTextAsync("#determination .decision h3"), StringComparison.Ordinal);
        Assert.Equal("Likely eligible", await page.InnerTextAsync(".det-head .badge"));
        Assert.Equal(["Left to you", "Likely eligible"], [await page.InnerTextAsync(".diff del >> nth=0"), await page.InnerTextAsync(".diff ins >> nth=0")]);
        Assert.Equal(AmendedSummary, await page.InnerTextAsync(".diff ins >> nth=1"));
        Assert.Equal(0, await page.Locator("#determination .decide").CountAsync());
        await page.WaitForSelectorAsync("#recent-list .recent-item:has-text('AMENDED')");
        await browser.ScreenshotAsync("case-amended.png");

        // The printable record carries the citation and the decision.
        var print = await page.RunAndWaitForPopupAsync(() => page.ClickAsync("#determination a:has-text('Print')"));
        await print.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        var record = Squeeze(await print.InnerTextAsync("body"));
        Assert.Contains("AMENDED by caseworker", record, StringComparison.Ordinal);
        Assert.Contains(AmendedSummary, record, StringComparison.Ordinal);
        Assert.Contains("Medi-Cal Eligibility Handbook (sample), version 2025-01-01", record, StringComparison.Ordinal);
        Assert.Contains(quoted, record, StringComparison.Ordinal);
        await print.SetViewportSizeAsync(800, 900);
        await print.ScreenshotAsync(new() { Path = PanelBrowser.ScreenshotPath("case-print.png"), FullPage = true });

        // Correct: the facts come back into the form (income still member 1) and the new draft links to the final one.
        var amendedId = await page.InnerTextAsync("#determination .meta strong");
        await page.ClickAsync("#determination button:has-text('Correct')");
        await page.WaitForSelectorAsync("#case-form:visible");
        Assert.Contains(amendedId, await page.InnerTextAsync("#correcting"), StringComparison.Ordinal);
        Assert.Equal("Sofia Reyes", await page.InputValueAsync("[data-field='household[3].name']"));
        Assert.Equal("child", await page.InputValueAsync("[data-field='household[3].relationship']"));
        Assert.Equal("1", await page.InputValueAsync("[data-field='income[1].member']"));
        Assert.Equal("biweekly", await page.InputValueAsync("[data-field='income[1].frequency']"));
        Assert.Equal("2025-06", await page.InputValueAsync("#case-month"));
        await page.FillAsync("[data-field='income[1].amount']", "1300");
        await page.ClickAsync("#case-submit");
        await page.WaitForSelectorAsync($"#determination:visible .links:has-text('Corrects {amendedId}')");
        Assert.Contains("DRAFT", await page.InnerTextAsync("#determination .banner"), StringComparison.Ordinal);
        Assert.Contains("$2,816.67 a month", await page.InnerTextAsync("#determination .figures"), StringComparison.Ordinal);
        await browser.ScreenshotAsync("case-correction.png");

        Assert.Empty(browser.ScriptErrors);
    }

    private static string Squeeze(string? text) => Regex.Replace(text ?? "", @"\s+", " ").Trim();

    private static Task<string> ErrorNextTo(IPage page, string field) =>
        page.EvalOnSelectorAsync<string>($"[data-field='{field}']", "n => n.closest('label').nextElementSibling?.classList.contains('field-error') ? n.closest('label').nextElementSibling.textContent : ''");

    private static async Task AddMemberAsync(IPage page, int position, string name, string age, string relationship)
    {
        await page.ClickAsync("#add-member");
        await page.FillAsync($"[data-field='household[{position}].name']", name);
        await page.FillAsync($"[data-field='household[{position}].age']", age);
        await page.SelectOptionAsync($"[data-field='household[{position}].relationship']", relationship);
        await page.SelectOptionAsync($"[data-field='household[{position}].immigrationStatus']", "citizen");
    }
}
