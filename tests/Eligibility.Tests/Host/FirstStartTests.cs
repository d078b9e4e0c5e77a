using System.Net.Http.Json;
using System.Text.Json;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Host;

public sealed class FirstStartTests
{
    [Fact]
    public async Task A_fresh_server_ingests_the_sample_manuals_and_reports_them_in_effect()
    {
        await using var app = new EligibilityApp();
        using var client = app.CreateClient();

        var health = await client.GetFromJsonAsync<JsonElement>("/health", TestContext.Current.CancellationToken);

        Assert.Equal("ok", health.GetProperty("status").GetString());
        var versions = health.GetProperty("versions").EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.Contains("medi-cal-eligibility-handbook@2026-01-01", versions);
        Assert.Contains("medi-cal-notices-guide@2025-07-01", versions);
        Assert.DoesNotContain("medi-cal-eligibility-handbook@2025-01-01", versions);
    }
}
