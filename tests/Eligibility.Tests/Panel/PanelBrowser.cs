using Eligibility.Tests.Support;
using Microsoft.Playwright;

namespace Eligibility.Tests.Panel;

/// <summary>Debian's headless Chromium on the real side panel, a narrow page, script errors collected, screenshots in artifacts/.</summary>
internal sealed class PanelBrowser : IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private PanelBrowser(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
        page.PageError += (_, error) => ScriptErrors.Add(error);
    }

    public IPage Page { get; }

    /// <summary>Uncaught errors in the panel's scripts.</summary>
    public List<string> ScriptErrors { get; } = [];

    public static bool Installed => File.Exists(Chromium);

    /// <summary>Skips the calling test when Debian's Chromium is absent (the README's test command installs it).</summary>
    public static void RequireInstalled()
    {
        if (!Installed)
        {
            Assert.Skip("Debian's chromium is not installed (the README's test command installs it)");
        }
    }

    /// <summary>The panel at <paramref name="url"/>, signed in as a demo account (<c>{user}-demo</c>).</summary>
    public static async Task<PanelBrowser> OpenSignedInAsync(string url, string user, int width = 420, int height = 900)
    {
        var panel = await OpenAsync(url, width, height);
        await panel.SignInAsync(user, $"{user}-demo");
        return panel;
    }

    public static async Task<PanelBrowser> OpenAsync(string url, int width = 420, int height = 900)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var panel = new PanelBrowser(playwright, browser, page);
        await page.GotoAsync(url);
        return panel;
    }

    public async Task SignInAsync(string user, string password)
    {
        await Page.FillAsync("#user", user);
        await Page.FillAsync("#password", password);
        await Page.ClickAsync("#sign-in button[type=submit]");
        await Page.WaitForSelectorAsync($"#connection:has-text('Signed in as {user}')");
    }

    public static string ScreenshotPath(string name)
    {
        var shots = Path.Combine(SharedCorpus.RepositoryRoot(), "artifacts", "screenshots");
        Directory.CreateDirectory(shots);
        return Path.Combine(shots, name);
    }

    public Task ScreenshotAsync(string name) => Page.ScreenshotAsync(new() { Path = ScreenshotPath(name), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
