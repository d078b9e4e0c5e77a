using Eligibility.Evals.Running;
using Eligibility.Evals.Suites;

namespace Eligibility.Evals.Metrics;

/// <summary>One run of one or more suites: the results and their metrics, by group as well.</summary>
public sealed record EvalRun(IReadOnlyList<EvalSuite> Suites, IReadOnlyList<CaseResult> Results, DateTimeOffset StartedAt, string Mode)
{
    public SortedDictionary<string, double?> Metrics { get; } = EvalMetrics.Compute(Results);

    public SortedDictionary<string, SortedDictionary<string, double?>> ByGroup { get; } = new(
        Results.GroupBy(r => r.Case.Group).ToDictionary(g => g.Key, g => EvalMetrics.Compute(g.ToList())),
        StringComparer.Ordinal);
}
