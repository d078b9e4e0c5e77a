using System.Text.Json.Nodes;
using Eligibility.Evals.Metrics;
using Eligibility.Evals.Reports;
using Eligibility.Evals.Running;
using Eligibility.Evals.Suites;

namespace Eligibility.Tests.Evals;

/// <summary>Metric floors (--min), the JSON report and the comparison with an earlier report (--baseline).</summary>
public sealed class GateAndBaselineTests : IDisposable
{
    private const string Handbook = "medi-cal-eligibility-handbook";
    private readonly string _folder = Directory.CreateTempSubdirectory("eligibility-report-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("recall@10=0.9", "retrieval.recall@10", 0.9)]
    [InlineData("mrr=0.5", "retrieval.mrr", 0.5)]
    [InlineData("ndcg@10=0.75", "retrieval.ndcg@10", 0.75)]
    [InlineData(" abstention.accuracy = 0.8", "abstention.accuracy", 0.8)]
    [InlineData("latency_ms.p95=250", "latency_ms.p95", 250)]
    public void Gates_parse_shorthand_and_dotted_keys(string text, string key, double minimum) =>
        Assert.Equal(new Gate(null, key, minimum), Gate.Parse(text));

    [Fact]
    public void A_gate_can_apply_to_one_group_of_cases()
    {
        var run = Run([Hit("a", rank: 1, latency: 1), Abstains("u", latency: 1), Answers("v", latency: 1)]);

        var gate = Gate.Parse("unanswerable:abstention.accuracy=1");

        Assert.Equal(new Gate("unanswerable", "abstention.accuracy", 1), gate);
        Assert.Contains("unanswerable:abstention.accuracy", gate.Check(run), StringComparison.Ordinal);
        Assert.Null(Gate.Parse("medi-cal-eligibility-handbook:recall@1=1").Check(run));
        Assert.Contains("no cases in group", Gate.Parse("as-of:recall@1=1").Check(run), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("recall@10")]
    [InlineData("recall@10=high")]
    [InlineData("recall@10:0.9")]
    public void Gates_with_bad_syntax_are_format_errors(string text) =>
        Assert.Throws<FormatException>(() => Gate.Parse(text));

    [Fact]
    public void Check_passes_at_or_above_the_floor_and_explains_failures()
    {
        var metrics = new Dictionary<string, double?> { ["retrieval.recall@10"] = 0.9, ["facts.recall"] = null };

        Assert.Null(Gate.Parse("recall@10=0.9").Check(metrics));
        Assert.Contains("below the floor", Gate.Parse("recall@10=0.95").Check(metrics), StringComparison.Ordinal);
        Assert.Contains("no such metric", Gate.Parse("recall@7=0.5").Check(metrics), StringComparison.Ordinal);
        Assert.Contains("not measured", Gate.Parse("facts.recall=0.5").Check(metrics), StringComparison.Ordinal);
    }

    [Fact]
    public void A_latency_gate_is_a_ceiling()
    {
        var metrics = new Dictionary<string, double?> { ["latency_ms.p95"] = 120 };

        Assert.Null(Gate.Parse("latency_ms.p95=200").Check(metrics));
        Assert.Null(Gate.Parse("latency_ms.p95=120").Check(metrics));
        Assert.Contains("above", Gate.Parse("latency_ms.p95=100").Check(metrics), StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_report_has_the_documented_keys_and_every_case()
    {
        var run = Run([Hit("a", rank: 3, latency: 12.345), Abstains("u", latency: 7)]);

        var report = JsonReport.Build(run);

        Assert.Equal("suite", (string?)report["suite"]);
        Assert.Equal(2, (int?)report["cases"]);
        Assert.Equal("test", (string?)report["mode"]);
        Assert.True(report.ContainsKey("judge"));
        Assert.Null(report["judge"]);
        var retrieval = Assert.IsType<JsonObject>(report["retrieval"]);
        Assert.Equal(["mrr", "ndcg@10", "recall@1", "recall@10", "recall@20", "recall@5"], retrieval.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(1, (double?)retrieval["recall@10"]);
        Assert.Equal(0, (double?)retrieval["recall@1"]);
        Assert.Equal(0.3333, (double?)retrieval["mrr"]);
        Assert.Equal(1, (double?)report["abstention"]!["accuracy"]);
        Assert.True(report["citations"] is JsonObject citations && citations.ContainsKey("coverage") && citations.ContainsKey("precision"));
        Assert.True(report["facts"] is JsonObject facts && facts.ContainsKey("recall"));
        Assert.Equal(12.345, (double?)report["latency_ms"]!["p95"]);

        var results = Assert.IsType<JsonArray>(report["results"]);
        Assert.Equal(["a", "u"], results.Select(r => (string?)r!["id"]));
        Assert.Equal(3, (int?)results[0]!["first_hit"]);
        Assert.Equal(["$130,000"], results[0]!["facts_found"]!.AsArray().Select(f => (string?)f));
        Assert.Null(results[1]!["first_hit"]);
        Assert.True((bool?)results[1]!["abstained"]);
        Assert.True((bool?)results[1]!["abstention_correct"]);
    }

    [Fact]
    public void Metrics_read_back_from_a_written_report_equal_the_rounded_run_metrics()
    {
        var run = Run([Hit("a", rank: 3, latency: 10), Hit("b", rank: 1, latency: 20), Abstains("u", latency: 30)]);
        var file = Path.Combine(_folder, "roundtrip.json");
        JsonReport.Write(run, file);

        var read = JsonReport.ReadMetrics(JsonNode.Parse(File.ReadAllText(file))!);

        Assert.Equal(run.Metrics.Keys.Order(StringComparer.Ordinal), read.Keys.Order(StringComparer.Ordinal));
        Assert.All(run.Metrics, m => Assert.Equal(m.Value is { } v ? Math.Round(v, 4) : null, read[m.Key]));
    }

    [Fact]
    public void Comparing_with_a_better_earlier_run_flags_regressed_metrics_and_cases()
    {
        var baseline = Path.Combine(_folder, "baseline.json");
        JsonReport.Write(Run([Hit("a", rank: 1, latency: 10), Hit("b", rank: 2, latency: 10), Abstains("u", latency: 10)]), baseline);
        var now = Run([Hit("a", rank: 12, latency: 10), Hit("b", rank: 2, latency: 10), Answers("u", latency: 10)]);

        var comparison = BaselineComparison.Compare(now, baseline);

        Assert.True(comparison.HasRegressions);
        Assert.Equal(["a", "u"], comparison.RegressedCases);
        var regressed = comparison.Metrics.Where(m => m.Regressed).Select(m => m.Key).ToList();
        Assert.Contains("retrieval.recall@10", regressed);
        Assert.Contains("retrieval.mrr", regressed);
        Assert.Contains("abstention.accuracy", regressed);
        Assert.DoesNotContain("retrieval.recall@20", regressed);
        Assert.DoesNotContain("latency_ms.p50", regressed);
        var recall = comparison.Metrics.Single(m => m.Key == "retrieval.recall@10");
        Assert.Equal(1, recall.Before);
        Assert.Equal(0.5, recall.Now);
    }

    [Fact]
    public void The_same_run_does_not_regress_and_latency_regresses_only_beyond_its_margin()
    {
        var baseline = Path.Combine(_folder, "same.json");
        JsonReport.Write(Run([Hit("a", rank: 1, latency: 100), Abstains("u", latency: 100)]), baseline);

        var same = BaselineComparison.Compare(Run([Hit("a", rank: 1, latency: 115), Abstains("u", latency: 115)]), baseline);
        var slower = BaselineComparison.Compare(Run([Hit("a", rank: 1, latency: 200), Abstains("u", latency: 200)]), baseline);

        Assert.False(same.HasRegressions);
        Assert.Empty(same.RegressedCases);
        Assert.True(slower.HasRegressions);
        Assert.Contains(slower.Metrics, m => m.Key == "latency_ms.p95" && m.Regressed);
        Assert.Empty(slower.RegressedCases);
    }

    [Fact]
    public void A_baseline_that_is_not_json_is_a_format_error()
    {
        var file = Path.Combine(_folder, "broken.json");
        File.WriteAllText(file, "{ not json");

        Assert.Throws<FormatException>(() => BaselineComparison.Compare(Run([Abstains("u", latency: 1)]), file));
    }

    [Fact]
    public void Two_suites_may_share_a_case_id_when_compared_with_a_baseline()
    {
        var first = Hit("same", rank: 1, latency: 1);
        var second = Abstains("same", latency: 1);
        var run = new EvalRun(
            [new EvalSuite("one", "", "/suites/one.yaml", [first.Case]), new EvalSuite("two", "", "/suites/two.yaml", [second.Case])],
            [first, second],
            DateTimeOffset.UnixEpoch,
            "test");
        var baseline = Path.Combine(_folder, "two-suites.json");
        JsonReport.Write(run, baseline);

        var comparison = BaselineComparison.Compare(run, baseline);

        Assert.False(comparison.HasRegressions);
    }

    private static EvalRun Run(IReadOnlyList<CaseResult> results) =>
        new([new EvalSuite("suite", "description", "/suites/suite.yaml", results.Select(r => r.Case).ToList())], results, DateTimeOffset.UnixEpoch, "test");

    private static CaseResult Hit(string id, int rank, double latency)
    {
        var evalCase = new EvalCase(id, "Is there a property limit?", null, true, [new ExpectedSource(Handbook, "4.1")], ["$130,000"], null);
        var retrieved = Enumerable.Range(1, rank).Select(i => Passage(i == rank ? "4.1 Property limit" : $"1.{i} Other")).ToList();
        var citation = new CitedPassage(1, retrieved[^1].PassageId, Handbook, retrieved[^1].SectionPath, "The limit is $130,000.");
        return new CaseResult(evalCase, new CaseAnswer("The limit is $130,000. [1]", false, "extractive", retrieved, [citation], latency));
    }

    private static CaseResult Abstains(string id, double latency) =>
        new(new EvalCase(id, "Does the Pomona office take walk-ins?", null, false, [], [], null), new CaseAnswer("No answer.", true, "extractive", [Passage("1.1 Other")], [], latency));

    private static CaseResult Answers(string id, double latency) =>
        new(new EvalCase(id, "Does the Pomona office take walk-ins?", null, false, [], [], null), new CaseAnswer("Yes.", false, "extractive", [Passage("1.1 Other")], [], latency));

    private static AnsweredPassage Passage(string section) => new($"p-{section}", Handbook, "2026-01-01", $"Chapter > {section}", 2, 3, 0.5, 0.5);
}
