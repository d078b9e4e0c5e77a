using Eligibility.Core.Determinations;
using Eligibility.Core.Manuals;
using Eligibility.Tests.Determinations.Api;
using Eligibility.Tests.Panel;
using Eligibility.Tests.Records;
using Eligibility.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Eligibility.Tests.Publishing;

/// <summary>
/// The admin page in headless Chromium, as policy staff use it: upload Part 433's 2019 text and publish it, upload the
/// 2020 text and watch its job finish over SignalR, read the diff (§ 433.400 added, the changed text marked word by
/// word), the impact (an approved determination) and the publish gate's run, publish it, and resolve a feedback item. Each step asserts what
/// the page shows; screenshots go to artifacts/screenshots/admin-*.png.
/// </summary>
public sealed class AdminPageBrowserTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Policy_staff_upload_review_publish_and_resolve_feedback_on_the_admin_page()
    {
        PanelBrowser.RequireInstalled();
        var v2019 = SharedCorpus.Path("corpus", "pdf", "42-cfr-433_2019-10-01.pdf");
        var v2020 = SharedCorpus.Path("corpus", "pdf", "42-cfr-433_2020-11-02.pdf");
        var suite = Path.Combine(Directory.CreateTempSubdirectory("eligibility-admin-gate-").FullName, "gate-433.yaml");
        await File.WriteAllTextAsync(suite, Suite, Ct);
        await using var app = new EligibilityApp(settings: new Dictionary<string, string>
        {
            ["Publishing:Gates:42-cfr-433:Suite"] = suite,
            ["Publishing:Gates:42-cfr-433:Floors:0"] = "recall@10=1",
        });
        var url = app.StartRealServer();

        // A caseworker marked an answer outdated before policy staff open the page.
        var panel = await HubClient.SignInAsync(url, "caseworker", "caseworker-demo");
        var asked = await HubClient.RunAsync(url, panel, HubClient.Stream("Ask", new { question = "What is the property limit for one person?", asOf = "2026-02-01" }));
        var answerId = asked[0].GetProperty("items").EnumerateArray().Last().GetProperty("answerId").GetString()!;
        await HubClient.RunAsync(url, panel, HubClient.Invoke("Feedback", new { answerId, kind = "outdated", comment = "The 2026 letter brought the limit back." }));

        await using var browser = await PanelBrowser.OpenAsync($"{url}/admin/", width: 1280, height: 900);
        var page = browser.Page;
        await browser.SignInAsync("policy", "policy-demo");
        await page.WaitForSelectorAsync("#work:not([hidden])");
        await Expect(page, "#feedback", "The 2026 letter brought the limit back.");
        await Expect(page, "#feedback", "What is the property limit for one person?");
        await browser.ScreenshotAsync("admin-1-signed-in.png");

        // Upload the 2019 text: the form suggests the manual id and version from the file name; the job's end arrives over SignalR.
        await page.SetInputFilesAsync("#files", v2019);
        Assert.Equal("42-cfr-433", await page.InputValueAsync("#offered input[name=manual]"));
        Assert.Equal("2019-10-01", await page.InputValueAsync("#offered input[name=version]"));
        await page.ClickAsync("#upload-button");
        await Expect(page, "#upload-status", "1 accepted, 0 refused");
        await page.WaitForSelectorAsync("#uploads tr:has-text('42-cfr-433@2019-10-01') .badge.staged", new() { Timeout = 120_000 });
        await browser.ScreenshotAsync("admin-2-uploaded.png");

        await page.ClickAsync("#versions tr[data-version='42-cfr-433@2019-10-01'] button:has-text('Review')");
        await Expect(page, "#review-summary", "no earlier published version");
        await Expect(page, "#gate-verdict", "The gate has not been run for 42-cfr-433@2019-10-01");
        await page.ClickAsync("#gate-run");
        await Expect(page, "#gate-verdict", "The gate passed");
        await page.ClickAsync("#review-publish");
        await Expect(page, "#review-status", "Published 2019-10-01.");
        await page.WaitForSelectorAsync("#versions tr[data-version='42-cfr-433@2019-10-01'] .badge.published");

        // Upload the 2020 text; a refused file beside it gets its own reason and stages nothing.
        await page.SetInputFilesAsync("#files", [v2020, SharedCorpus.Path("corpus", "bad", "empty.pdf")]);
        await page.ClickAsync("#upload-button");
        await Expect(page, "#receipts", "empty.pdf: file is empty (0 bytes)");
        await Expect(page, "#upload-status", "1 accepted, 1 refused");
        var row = "#uploads tr:has-text('42-cfr-433@2020-11-02')";
        await page.WaitForSelectorAsync($"{row} .badge.staged", new() { Timeout = 120_000 });
        Assert.Matches(@"\d+", await page.InnerTextAsync($"{row} td:nth-child(6)"));

        // An approved determination relied on text the 2020 version changes.
        var key = new ManualVersionKey("42-cfr-433", "2019-10-01");
        var cited = (await app.Services.GetRequiredService<IManualStore>().GetPassagesAsync(key, Ct)).First(p => p.SectionNumber is null);
        var determinations = app.Services.GetRequiredService<IDeterminationStore>();
        var sample = DeterminationSamples.Draft("det-admin", createdBy: "caseworker");
        await determinations.AddAsync(sample with { Draft = sample.Draft with { Citations = [sample.Draft.Citations[0] with { PassageId = cited.Id }] } }, DeterminationSamples.Audit("det-admin"), Ct);
        Assert.True(await determinations.DecideAsync("det-admin", DeterminationSamples.Approve("caseworker", DeterminationSamples.Noon), DeterminationSamples.Audit("det-admin", "determination-approved"), Ct));

        await page.ClickAsync("#versions tr[data-version='42-cfr-433@2020-11-02'] button:has-text('Review')");
        await Expect(page, "#review-summary", "takes over from version 2019-10-01");
        await Expect(page, "#review-sections", "§ 433.400 Continued Enrollment for Temporary FMAP Increase");
        await Expect(page, "#review-sections", "Changed (1)");
        Assert.Contains("2019", await page.InnerTextAsync("#review-sections .change del"), StringComparison.Ordinal);
        Assert.Contains("2020-24332", await page.InnerTextAsync("#review-sections .change ins"), StringComparison.Ordinal);
        await Expect(page, "#review-impact", "Determination det-admin (approved, owner caseworker) — will be flagged for review when published");
        await page.ClickAsync("#gate-run");
        await Expect(page, "#gate-verdict", "The gate passed");
        await Expect(page, "#gate-metrics", "retrieval.recall@10");
        Assert.Equal("1.000", await page.InnerTextAsync("#gate-metrics tbody tr:has-text('retrieval.recall@10') td:nth-child(2)"));
        await browser.ScreenshotAsync("admin-3-review.png");

        await page.ClickAsync("#review-publish");
        await Expect(page, "#review-status", "Published 2020-11-02. 1 decided determinations flagged for review; their caseworkers were notified.");
        await Expect(page, "#review-summary", "Effective 2020-11-02 (published)");
        Assert.True(await page.IsHiddenAsync("#gate-run"));
        await page.WaitForSelectorAsync("#versions tr[data-version='42-cfr-433@2020-11-02'] .badge.published");
        await browser.ScreenshotAsync("admin-4-published.png");

        // Resolve the feedback, naming the version that fixes it.
        var item = page.Locator("#feedback .feedback-item").First;
        await item.Locator("input").FillAsync("The 2026 handbook restores the limit; answered from it now.");
        await item.Locator("select").SelectOptionAsync("42-cfr-433@2020-11-02");
        await item.Locator("button:has-text('Resolve')").ClickAsync();
        await Expect(page, "#feedback", "No open feedback.");
        await page.CheckAsync("#feedback-all");
        await Expect(page, "#feedback", "Resolved by policy: The 2026 handbook restores the limit; answered from it now. (fixed in 42-cfr-433@2020-11-02)");
        await browser.ScreenshotAsync("admin-5-feedback-resolved.png");
        Assert.Empty(browser.ScriptErrors);

        // The caseworker sees both notices in the panel at the next sign-in.
        await using var panelBrowser = await PanelBrowser.OpenSignedInAsync(url, "caseworker");
        await Expect(panelBrowser.Page, "#notices", "Review needed");
        await Expect(panelBrowser.Page, "#notices", "Review determination det-admin (approved)");
        await Expect(panelBrowser.Page, "#notices", "Feedback resolved");
        await panelBrowser.ScreenshotAsync("panel-notices-420.png");
        await panelBrowser.Page.ClickAsync("#notices .notice:has-text('Feedback resolved') button:has-text('Dismiss')");
        await panelBrowser.Page.WaitForSelectorAsync("#notices .notice:has-text('Feedback resolved')", new() { State = WaitForSelectorState.Detached });
        Assert.Empty(panelBrowser.ScriptErrors);
        using var caseworker = await DeterminationClient.SignedInAsync(url, "caseworker");
        var notices = (await AdminClient.GetAsync(caseworker, "/api/notices")).EnumerateArray().Select(n => n.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["determination-flagged"], notices);
    }

    // The gate asks about a section both versions have, so each passes it.
    private const string Suite = """
        suite: gate-433-admin
        description: "Part 433 gate for the admin page test."
        cases:
          - id: gate-433-51-public-funds
            question: "Can public funds be considered as the State's share in claiming FFP?"
            answerable: true
            sources:
              - manual: 42-cfr-433
                section: "433.51"
        """;

    private static async Task Expect(IPage page, string selector, string text) =>
        await page.WaitForSelectorAsync($"{selector}:has-text(\"{text.Replace("\"", "\\\"", StringComparison.Ordinal)}\")", new() { Timeout = 30_000 });
}
