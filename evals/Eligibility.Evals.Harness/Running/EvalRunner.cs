using Eligibility.Evals.Metrics;
using Eligibility.Evals.Suites;

namespace Eligibility.Evals.Running;

/// <summary>Runs every case of the suites through an answer source, one at a time, reporting progress.</summary>
public sealed class EvalRunner(IAnswerSource answers)
{
    public async Task<EvalRun> RunAsync(IReadOnlyList<EvalSuite> suites, string mode, Action<int, int>? progress, CancellationToken ct)
    {
        var started = DateTimeOffset.UtcNow;
        var cases = suites.SelectMany(s => s.Cases).ToList();
        var results = new List<CaseResult>(cases.Count);
        foreach (var evalCase in cases)
        {
            results.Add(new CaseResult(evalCase, await answers.AskAsync(evalCase, ct)));
            progress?.Invoke(results.Count, cases.Count);
        }

        return new EvalRun(suites, results, started, mode);
    }
}
