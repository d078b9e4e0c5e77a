using Eligibility.Evals.Running;

namespace Eligibility.Evals.Metrics;

/// <summary>The suite-level numbers, under the keys the JSON report uses ("retrieval.recall@10", "abstention.accuracy", …).</summary>
public static class EvalMetrics
{
    public static readonly int[] RecallDepths = [1, 5, 10, 20];

    public static SortedDictionary<string, double?> Compute(IReadOnlyList<CaseResult> results)
    {
        var answerable = results.Where(r => r.Case.Answerable).ToList();
        var metrics = new SortedDictionary<string, double?>(StringComparer.Ordinal);
        foreach (var k in RecallDepths)
        {
            metrics[$"retrieval.recall@{k}"] = Mean(answerable, r => r.HitAt(k) ? 1 : 0);
        }

        metrics["retrieval.mrr"] = Mean(answerable, r => r.FirstHit is { } rank ? 1.0 / rank : 0);
        metrics["retrieval.ndcg@10"] = Mean(answerable, r => r.NdcgAt(10));

        var abstained = results.Where(r => r.Answer.Abstained).ToList();
        var unanswerable = results.Where(r => !r.Case.Answerable).ToList();
        metrics["abstention.precision"] = abstained.Count == 0 ? null : abstained.Count(r => !r.Case.Answerable) / (double)abstained.Count;
        metrics["abstention.recall"] = unanswerable.Count == 0 ? null : unanswerable.Count(r => r.Answer.Abstained) / (double)unanswerable.Count;
        metrics["abstention.accuracy"] = Mean(results, r => r.AbstentionCorrect ? 1 : 0);

        var answered = results.Where(r => !r.Answer.Abstained).ToList();
        var cited = answered.Where(r => r.Case.Answerable).SelectMany(r => r.Answer.Citations.Select(c => r.Case.Sources.Any(s => s.Matches(c.ManualId, c.SectionPath)))).ToList();
        metrics["citations.precision"] = cited.Count == 0 ? null : cited.Count(x => x) / (double)cited.Count;
        metrics["citations.coverage"] = Mean(answered, r => r.Answer.Citations.Count > 0 ? 1 : 0);

        var facts = answerable.Where(r => r.Case.Facts.Count > 0).ToList();
        metrics["facts.recall"] = facts.Count == 0 ? null : facts.Sum(r => r.FactsFound.Count) / (double)facts.Sum(r => r.Case.Facts.Count);

        var latencies = results.Select(r => r.Answer.LatencyMs).Order().ToList();
        metrics["latency_ms.p50"] = Percentile(latencies, 0.50);
        metrics["latency_ms.p95"] = Percentile(latencies, 0.95);
        return metrics;
    }

    /// <summary>True when a larger value of the metric is worse.</summary>
    public static bool LowerIsBetter(string key) => key.StartsWith("latency_ms.", StringComparison.Ordinal);

    private static double? Mean(IReadOnlyList<CaseResult> results, Func<CaseResult, double> value) =>
        results.Count == 0 ? null : results.Average(value);

    private static double? Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? null : sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(sorted.Count * p) - 1)];
}
