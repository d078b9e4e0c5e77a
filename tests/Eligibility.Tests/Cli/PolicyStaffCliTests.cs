using System.Text.Json;
using Eligibility.Core.Determinations;
using Eligibility.Core.Manuals;
using Eligibility.Tests.Records;
using Eligibility.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Eligibility.Tests.Cli;

/// <summary>
/// The CLI's verbs for policy staff on Part 433: <c>review --json</c> gives the sections added, removed and changed with
/// their numbers and text, <c>impact --json</c> what cited the changed passages, <c>gate</c> holds a staged version to
/// floors and a failed run blocks <c>publish</c> until it is overridden with a reason, and <c>feedback</c> and
/// <c>jobs</c> list what the server keeps.
/// </summary>
public sealed class PolicyStaffCliTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("eligibility-cli-staff-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Review_impact_gate_feedback_and_jobs_work_for_scripts()
    {
        await Ok("add", SharedCorpus.Path("corpus", "pdf", "42-cfr-433_2019-10-01.pdf"), "--manual", "42-cfr-433", "--title", "42 CFR Part 433", "--version", "2019-10-01", "--effective", "2019-10-01", "--publish");
        await Ok("add", SharedCorpus.Path("corpus", "pdf", "42-cfr-433_2020-11-02.pdf"), "--manual", "42-cfr-433", "--title", "42 CFR Part 433", "--version", "2020-11-02", "--effective", "2020-11-02");

        using var review = JsonDocument.Parse(await Ok("review", "--manual", "42-cfr-433", "--version", "2020-11-02", "--json"));
        var added = Assert.Single(review.RootElement.GetProperty("added").EnumerateArray());
        Assert.Equal("433.400", added.GetProperty("key").GetString());
        Assert.Contains("Continued Enrollment", added.GetProperty("text").GetString(), StringComparison.Ordinal);
        var changed = Assert.Single(review.RootElement.GetProperty("changed").EnumerateArray());
        Assert.Contains(changed.GetProperty("words").EnumerateArray(), w => w.GetProperty("change").GetString() == "added" && w.GetProperty("text").GetString()!.Contains("2020-24332", StringComparison.Ordinal));
        Assert.Equal("2019-10-01", review.RootElement.GetProperty("replaces").GetProperty("version").GetString());

        // An approved determination cited the passage that changed.
        string cited;
        using (var host = TestHost.Build(_data))
        {
            cited = (await host.Services.GetRequiredService<IManualStore>().GetPassagesAsync(new ManualVersionKey("42-cfr-433", "2019-10-01"), Ct)).First(p => p.SectionNumber is null).Id;
            var determinations = host.Services.GetRequiredService<IDeterminationStore>();
            var sample = DeterminationSamples.Draft("det-cli", createdBy: "maria");
            await determinations.AddAsync(sample with { Draft = sample.Draft with { Citations = [sample.Draft.Citations[0] with { PassageId = cited }] } }, DeterminationSamples.Audit("det-cli"), Ct);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using var impact = JsonDocument.Parse(await Ok("impact", "--manual", "42-cfr-433", "--version", "2020-11-02", "--json"));
        var determination = Assert.Single(impact.RootElement.GetProperty("impact").GetProperty("determinations").EnumerateArray());
        Assert.Equal("det-cli", determination.GetProperty("determination").GetString());
        Assert.Equal([cited], determination.GetProperty("passages").EnumerateArray().Select(p => p.GetString()));

        // A gate that asks about § 433.400 passes the 2020 text; one with a floor it misses fails it and blocks publish.
        var suite = Path.Combine(_data, "gate.yaml");
        await File.WriteAllTextAsync(suite, """
            suite: cli-gate
            description: "§ 433.400"
            cases:
              - id: cli-gate-433-400
                question: "To get the temporary FMAP increase during the COVID-19 emergency, does the state have to keep people enrolled in Medicaid?"
                answerable: true
                sources:
                  - manual: 42-cfr-433
                    section: "433.400"
            """, Ct);
        var passed = await IngestCli.RunAsync("--data", _data, "gate", "--manual", "42-cfr-433", "--version", "2020-11-02", "--suite", suite, "--min", "recall@10=1");
        Assert.True(passed.ExitCode == 0, passed.StdOut + passed.StdErr);
        Assert.Contains("42-cfr-433@2020-11-02: gate passed", passed.StdOut, StringComparison.Ordinal);
        Assert.Matches(@"retrieval\.recall@10\s+1\.000\s+0\.000", passed.StdOut);

        var failed = await IngestCli.RunAsync("--data", _data, "gate", "--manual", "42-cfr-433", "--version", "2020-11-02", "--suite", suite, "--min", "latency_ms.p95=0");
        Assert.Equal(2, failed.ExitCode);
        Assert.Contains("below floor: latency_ms.p95", failed.StdOut, StringComparison.Ordinal);
        var blocked = await IngestCli.RunAsync("--data", _data, "publish", "--manual", "42-cfr-433", "--version", "2020-11-02");
        Assert.Equal(1, blocked.ExitCode);
        Assert.Contains("last gate run did not pass", blocked.StdErr, StringComparison.Ordinal);
        await Ok("publish", "--manual", "42-cfr-433", "--version", "2020-11-02", "--override", "Latency floor set to zero by mistake.");

        Assert.Equal("[]", (await Ok("feedback", "--json")).Trim());
        Assert.Equal("[]", (await Ok("jobs", "--json")).Trim());
        var missing = await IngestCli.RunAsync("--data", _data, "review", "--manual", "42-cfr-433", "--version", "2099-01-01");
        Assert.Equal(1, missing.ExitCode);
        Assert.Equal("error: no version 42-cfr-433@2099-01-01; run 'list --manual 42-cfr-433' to see its versions", missing.StdErr.Trim());
    }

    private async Task<string> Ok(params string[] args)
    {
        var result = await IngestCli.RunAsync(["--data", _data, .. args]);
        Assert.True(result.ExitCode == 0, $"{string.Join(' ', args)}: {result.StdErr}");
        return result.StdOut;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
