using Eligibility.Tests.Support;

namespace Eligibility.Tests.Panel;

/// <summary>The panel's first screen, sign-out for every role, and where a user without the caseworker role goes.</summary>
public sealed class PanelSessionTests
{
    [Fact]
    public async Task The_first_screen_lists_the_manuals_in_effect_and_sign_out_returns_to_the_sign_in_form()
    {
        PanelBrowser.RequireInstalled();

        await using var app = new EligibilityApp();
        await using var browser = await PanelBrowser.OpenSignedInAsync(app.StartRealServer(), "caseworker", width: 360);
        var page = browser.Page;

        await page.WaitForSelectorAsync(".welcome li");
        var welcome = await page.InnerTextAsync(".welcome");
        Assert.Contains("Manuals in effect today", welcome, StringComparison.Ordinal);
        Assert.Contains("Medi-Cal Eligibility Handbook (sample) — version 2026-01-01, effective 2026-01-01", welcome, StringComparison.Ordinal);
        Assert.Contains("Medi-Cal Notice of Action Guide (sample) — version 2025-07-01", welcome, StringComparison.Ordinal);
        Assert.Equal("today", await page.InnerTextAsync("#as-of-hint"));
        await page.Locator(".welcome .example").First.ClickAsync();
        Assert.StartsWith("What do the manuals say about ", await page.InputValueAsync("#question"), StringComparison.Ordinal);
        await browser.ScreenshotAsync("panel-first-screen-360.png");

        await page.FillAsync("#as-of", "2025-03-01");
        await page.DispatchEventAsync("#as-of", "change");
        await page.WaitForFunctionAsync("() => document.querySelector('.welcome h2')?.textContent.includes('2025-03-01')");
        Assert.Contains("version 2025-01-01", await page.InnerTextAsync(".welcome"), StringComparison.Ordinal);
        Assert.Equal("", await page.InnerTextAsync("#as-of-hint"));

        await page.ClickAsync("#sign-out");
        await page.WaitForSelectorAsync("#sign-in:not([hidden])");
        Assert.True(await page.IsHiddenAsync("#views"));
        Assert.True(await page.IsHiddenAsync("#sign-out"));
        Assert.Empty(browser.ScriptErrors);
    }

    [Fact]
    public async Task Policy_staff_see_where_to_go_and_can_sign_out()
    {
        PanelBrowser.RequireInstalled();

        await using var app = new EligibilityApp();
        await using var browser = await PanelBrowser.OpenSignedInAsync(app.StartRealServer(), "policy", width: 480);
        var page = browser.Page;

        await page.WaitForSelectorAsync("#elsewhere:not([hidden])");
        Assert.Contains("ingest command", await page.InnerTextAsync("#elsewhere"), StringComparison.Ordinal);
        Assert.Equal("/admin/", await page.GetAttributeAsync("#elsewhere-admin a", "href"));
        Assert.True(await page.IsVisibleAsync("#elsewhere-admin"));
        Assert.True(await page.IsHiddenAsync("#views"));
        await browser.ScreenshotAsync("panel-policy-staff-480.png");
        await page.ClickAsync("#sign-out");
        await page.WaitForSelectorAsync("#sign-in:not([hidden])");
        Assert.True(await page.IsHiddenAsync("#elsewhere"));
        Assert.Empty(browser.ScriptErrors);
    }

    [Fact]
    public async Task Signing_out_closes_the_hub_connection_opened_with_that_session()
    {
        await using var app = new EligibilityApp();
        var url = app.StartRealServer();
        var cookie = await HubClient.SignInAsync(url, "caseworker", "caseworker-demo");

        var results = await HubClient.RunAsync(url, cookie, HubClient.Invoke("ListConversations", null), HubClient.SignOut(), HubClient.Invoke("ListConversations", null));

        Assert.True(results[0].TryGetProperty("result", out _), results[0].ToString());
        Assert.Equal(204, results[1].GetProperty("signOut").GetInt32());
        Assert.NotEqual("Connected", results[1].GetProperty("state").GetString());
        Assert.True(results[2].TryGetProperty("error", out _), $"the old connection still answered: {results[2]}");
    }
}
