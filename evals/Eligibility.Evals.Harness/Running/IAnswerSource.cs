using Eligibility.Evals.Suites;

namespace Eligibility.Evals.Running;

/// <summary>Where answers come from: the retrieval and answering code in process, or a running server.</summary>
public interface IAnswerSource
{
    Task<CaseAnswer> AskAsync(EvalCase evalCase, CancellationToken ct);
}
