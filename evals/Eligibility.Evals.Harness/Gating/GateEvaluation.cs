using Eligibility.Core.Answering;
using Eligibility.Core.Manuals;
using Eligibility.Core.Retrieval;
using Eligibility.Evals.Metrics;
using Eligibility.Evals.Running;
using Eligibility.Evals.Suites;

namespace Eligibility.Evals.Gating;

/// <summary>A gate's result: the suite's metrics on the staged version (as if published) and on the versions in effect now, and the floors it missed.</summary>
public sealed record GateOutcome(EvalRun Staged, EvalRun Active, IReadOnlyList<string> Failures)
{
    public bool Passed => Failures.Count == 0;
}

/// <summary>
/// Runs a gate suite twice with the product's retriever and extractive answerer: over the catalogue as it would be
/// with the staged version published, and over the catalogue as it is, then holds the first to the floors.
/// </summary>
public static class GateEvaluation
{
    public static async Task<GateOutcome> RunAsync(
        IManualStore store, ManualVersion staged, EvalSuite suite, IReadOnlyList<string> floors, Func<IManualStore, HybridRetriever> retrieverFor, ExtractiveAnswerer answerer,
        CancellationToken ct)
    {
        var gates = floors.Select(Gate.Parse).ToList();
        var withStaged = await EvaluateAsync(retrieverFor(new StagedAsPublished(store, staged)), answerer, suite, ct);
        var now = await EvaluateAsync(retrieverFor(store), answerer, suite, ct);
        return new GateOutcome(withStaged, now, gates.Select(g => g.Check(withStaged)).OfType<string>().ToList());
    }

    private static Task<EvalRun> EvaluateAsync(HybridRetriever retriever, ExtractiveAnswerer answerer, EvalSuite suite, CancellationToken ct) =>
        new EvalRunner(new InProcessAnswerSource(retriever, answerer)).RunAsync([suite], "gate", null, ct);
}
