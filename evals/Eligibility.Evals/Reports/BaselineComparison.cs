using System.Text.Json.Nodes;
using Eligibility.Evals.Metrics;

namespace Eligibility.Evals.Reports;

/// <summary>A run against an earlier JSON report: metric deltas and the cases that got worse.</summary>
public sealed record BaselineComparison(string File, IReadOnlyList<MetricDelta> Metrics, IReadOnlyList<string> RegressedCases)
{
    private const double Tolerance = 0.005;

    public bool HasRegressions => Metrics.Any(m => m.Regressed) || RegressedCases.Count > 0;

    public static BaselineComparison Compare(EvalRun run, string baselineFile)
    {
        JsonNode baseline;
        try
        {
            baseline = JsonNode.Parse(System.IO.File.ReadAllText(baselineFile)) ?? throw new FormatException("empty");
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or FormatException or IOException)
        {
            throw new FormatException($"{baselineFile}: not a report written by --json ({e.Message})");
        }

        var before = JsonReport.ReadMetrics(baseline);
        var deltas = run.Metrics
            .Where(m => before.ContainsKey(m.Key))
            .Select(m =>
            {
                var old = before[m.Key];
                var regressed = m.Value is { } now && old is { } was
                    && (EvalMetrics.LowerIsBetter(m.Key) ? now > (was * 1.2) + 1 : now < was - Tolerance);
                return new MetricDelta(m.Key, old, m.Value, regressed);
            })
            .ToList();

        var oldCases = (baseline["results"] as JsonArray ?? []).OfType<JsonObject>()
            .GroupBy(c => (string)c["id"]!)
            .Select(g => g.First())
            .ToDictionary(c => (string)c["id"]!, c => (Hit: c["first_hit"]?.GetValue<int?>() is { } h && h <= 10, Abstention: c["abstention_correct"]?.GetValue<bool>() ?? false));
        var regressed = run.Results
            .Where(r => oldCases.TryGetValue(r.Case.Id, out var was) && ((was.Hit && !r.HitAt(10) && r.Case.Answerable) || (was.Abstention && !r.AbstentionCorrect)))
            .Select(r => r.Case.Id)
            .ToList();
        return new BaselineComparison(baselineFile, deltas, regressed);
    }
}

/// <summary>One metric before and now.</summary>
public sealed record MetricDelta(string Key, double? Before, double? Now, bool Regressed);
