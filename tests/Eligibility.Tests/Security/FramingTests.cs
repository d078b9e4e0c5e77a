using System.Net;
using Eligibility.Tests.Panel;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Security;

/// <summary>
/// In Chromium: a page on another origin cannot frame the panel with the default settings, and can once its origin
/// is listed in <c>Security:EmbeddingOrigins</c> (the control that shows the frame would otherwise load).
/// </summary>
public sealed class FramingTests
{
    [Fact]
    public async Task Another_origin_cannot_frame_the_panel_unless_it_is_an_embedding_origin()
    {
        PanelBrowser.RequireInstalled();
        await using var site = FramingSite.Start();

        Assert.False(await PanelLoadsInFrameAsync(site, new Dictionary<string, string>()));
        Assert.True(await PanelLoadsInFrameAsync(site, new Dictionary<string, string> { ["Security:EmbeddingOrigins:0"] = site.BaseUrl }));
    }

    private static async Task<bool> PanelLoadsInFrameAsync(FramingSite site, Dictionary<string, string> settings)
    {
        await using var app = new EligibilityApp(settings: settings);
        site.PanelUrl = app.StartRealServer() + "/";
        await using var browser = await PanelBrowser.OpenAsync(site.BaseUrl + "/case-system");
        var frame = await (await browser.Page.WaitForSelectorAsync("iframe#panel"))!.ContentFrameAsync();
        // The panel's sign-in form is in its first HTML; give a blocked frame the same time to (not) show it.
        try
        {
            await frame!.WaitForSelectorAsync("#sign-in", new() { Timeout = 5000, State = Microsoft.Playwright.WaitForSelectorState.Attached });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>A case-management page on its own origin that embeds the panel in an iframe.</summary>
    private sealed class FramingSite : LoopbackHttpServer
    {
        public string PanelUrl { get; set; } = "about:blank";

        public static FramingSite Start() => Run(new FramingSite());

        protected override Task RespondAsync(LoopbackRequest request, HttpListenerResponse response) =>
            WriteAsync(response, 200, "text/html; charset=utf-8",
                $"<!doctype html><title>Case system</title><h1>Case 417</h1><iframe id=\"panel\" src=\"{WebUtility.HtmlEncode(PanelUrl)}\" width=\"420\" height=\"700\"></iframe>");
    }
}
