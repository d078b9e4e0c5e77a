using Eligibility.Evals.Metrics;

namespace Eligibility.Evals.Reports;

/// <summary>Placeholder replaced below.</summary>
public static class HtmlReport
{
    public static string Render(EvalRun run, BaselineComparison? baseline) => "";
}
