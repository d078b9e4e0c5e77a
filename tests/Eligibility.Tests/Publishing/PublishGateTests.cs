using System.Net;
using System.Text.Json;
using Eligibility.Tests.Determinations.Api;
using Eligibility.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Eligibility.Tests.Publishing;

/// <summary>
/// The publish gate on Part 433: its suite asks about § 433.400, which only the 2020 text has. A version the gate has
/// not passed is blocked; policy staff cannot override, an admin can with a reason that goes on record. The 2020
/// text passes, with its metrics beside those of the version in effect. A manual with no gate is not blocked.
/// </summary>
public sealed class PublishGateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Suite = """
        suite: gate-433
        description: "Part 433 gate: the continued-enrollment condition of the temporary FMAP increase."
        cases:
          - id: gate-433-400-enrollment
            question: "To get the temporary FMAP increase during the COVID-19 emergency, does the state have to keep people enrolled in Medicaid?"
            answerable: true
            sources:
              - manual: 42-cfr-433
                section: "433.400"
        """;

    [Fact]
    public async Task A_version_below_its_floors_is_blocked_unless_an_admin_overrides_and_one_that_passes_is_published()
    {
        var suite = Path.Combine(Directory.CreateTempSubdirectory("eligibility-gate-").FullName, "gate-433.yaml");
        await File.WriteAllTextAsync(suite, Suite, Ct);
        await using var app = new EligibilityApp(settings: new Dictionary<string, string>
        {
            ["Publishing:Gates:42-cfr-433:Suite"] = suite,
            ["Publishing:Gates:42-cfr-433:Floors:0"] = "recall@10=1",
        });
        using var policy = await DeterminationClient.SignedInAsync(app, "policy");
        using var admin = await DeterminationClient.SignedInAsync(app, "admin");

        var v2019 = (await AdminClient.AcceptedAsync(policy, AdminClient.Corpus(SharedCorpus.Path("corpus", "pdf", "42-cfr-433_2019-10-01.pdf"), "42-cfr-433", "2019-10-01")))[0];
        var v2020 = (await AdminClient.AcceptedAsync(policy, AdminClient.Corpus(SharedCorpus.Path("corpus", "pdf", "42-cfr-433_2020-11-02.pdf"), "42-cfr-433", "2020-11-02")))[0];
        await AdminClient.FinishedAsync(policy, v2019);
        await AdminClient.FinishedAsync(policy, v2020);

        // Not run yet: blocked.
        var (status, problem) = await DeterminationClient.SendAsync(policy, DeterminationClient.Post("/api/admin/versions/42-cfr-433/2019-10-01/publish", new { }));
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("has not been run", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Run on 2019: § 433.400 is not there, recall@10 is 0, below its floor.
        var run2019 = await RunGateAsync(policy, "2019-10-01");
        Assert.Equal("Failed", run2019.GetProperty("status").GetString());
        Assert.Equal(0.0, run2019.GetProperty("staged").GetProperty("retrieval.recall@10").GetDouble());
        Assert.Contains("retrieval.recall@10", run2019.GetProperty("failures")[0].GetString(), StringComparison.Ordinal);

        // Policy staff cannot override; an admin can, with a reason on record.
        (status, problem) = await DeterminationClient.SendAsync(policy, DeterminationClient.Post("/api/admin/versions/42-cfr-433/2019-10-01/publish", new { @override = "We need the base text." }));
        Assert.Equal(HttpStatusCode.Forbidden, status);
        (status, problem) = await DeterminationClient.SendAsync(admin, DeterminationClient.Post("/api/admin/versions/42-cfr-433/2019-10-01/publish", new { }));
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("The gate failed: retrieval.recall@10", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await AdminClient.PostAsync(admin, "/api/admin/versions/42-cfr-433/2019-10-01/publish", new { @override = "The 2019 text is the base the 2020 amendment builds on." });
        var overridden = (await app.Services.GetRequiredService<Eligibility.Core.Audit.IAuditLog>().ReadAsync("42-cfr-433@2019-10-01", Ct)).Single(e => e.Kind == "gate-overridden");
        Assert.Equal("admin", overridden.Actor);
        Assert.Contains("The 2019 text is the base", overridden.Payload, StringComparison.Ordinal);

        // The 2020 text passes, its metrics beside those of the 2019 text now in effect, and publishes without an override.
        var run2020 = await RunGateAsync(policy, "2020-11-02");
        Assert.Equal("Passed", run2020.GetProperty("status").GetString());
        Assert.Equal(1.0, run2020.GetProperty("staged").GetProperty("retrieval.recall@10").GetDouble());
        Assert.Equal(0.0, run2020.GetProperty("active").GetProperty("retrieval.recall@10").GetDouble());
        await AdminClient.PostAsync(policy, "/api/admin/versions/42-cfr-433/2020-11-02/publish");

        // A manual with no gate says so and is not blocked.
        var none = await AdminClient.GetAsync(policy, "/api/admin/versions/medi-cal-eligibility-handbook/2026-01-01/gate");
        Assert.False(none.GetProperty("configured").GetBoolean());
        Assert.False(none.GetProperty("blocks").GetBoolean());
        Assert.StartsWith("No gate suite is configured for medi-cal-eligibility-handbook", none.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> RunGateAsync(HttpClient client, string version)
    {
        var (status, queued) = await DeterminationClient.SendAsync(client, DeterminationClient.Post($"/api/admin/versions/42-cfr-433/{version}/gate", null));
        Assert.True(status == HttpStatusCode.Accepted, $"the gate answered {(int)status}: {queued}");
        var until = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            var verdict = await AdminClient.GetAsync(client, $"/api/admin/versions/42-cfr-433/{version}/gate");
            if (verdict.GetProperty("latest") is { ValueKind: JsonValueKind.Object } run && run.GetProperty("finishedAt").ValueKind != JsonValueKind.Null)
            {
                return run;
            }

            Assert.True(DateTime.UtcNow < until, $"the gate did not finish: {verdict}");
            await Task.Delay(250, Ct);
        }
    }
}
