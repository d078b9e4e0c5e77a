using System.Diagnostics;
using Eligibility.Core.Answering;
using Eligibility.Core.Retrieval;
using Eligibility.Evals.Suites;

namespace Eligibility.Evals.Running;

/// <summary>
/// Answers with the same retriever and answerer the server uses, in this process. Like the server, which builds the
/// index of every published version when it starts (IndexWarmer), it warms up the same way before the first timed question,
/// and answers a few untimed questions first, so latencies are those a caseworker sees, not the index build or the JIT.
/// </summary>
public sealed class InProcessAnswerSource(HybridRetriever retriever, ExtractiveAnswerer answerer) : IAnswerSource
{
    public const int Depth = 20;

    /// <summary>
    /// Questions of several shapes (a time span, an amount, a story, a past date's rule) that take the answering code
    /// through the just-in-time compiler before the clock runs, as a server's first few questions would. None is in a suite.
    /// </summary>
    private static readonly string[] WarmUpQuestions =
    [
        "eligibility",
        "How many days does the agency have to send a notice before it ends coverage?",
        "A client's household of two earns $1,800 a month. How much is the premium, and what does household mean?",
        "What did the rule on state plan amendments say in 2019 about public notice?",
    ];

    private bool _warm;

    public async Task<CaseAnswer> AskAsync(EvalCase evalCase, CancellationToken ct)
    {
        if (!_warm)
        {
            await retriever.WarmUpAsync(ct);
            foreach (var question in WarmUpQuestions)
            {
                var today = await retriever.SearchAsync(new RetrievalRequest(question, null, null, Depth), ct);
                answerer.Answer(today);

                // And as of the day before the latest version took effect, as an as-of question reads the later one too.
                if (today.LatestEffective is { } latest)
                {
                    answerer.Answer(await retriever.SearchAsync(new RetrievalRequest(question, latest.AddDays(-1), null, Depth), ct));
                }
            }

            _warm = true;
        }

        var watch = Stopwatch.StartNew();
        var result = await retriever.SearchAsync(new RetrievalRequest(evalCase.Question, evalCase.AsOf, null, Depth), ct);
        var answer = answerer.Answer(result);
        var latency = watch.Elapsed.TotalMilliseconds;
        var byId = result.Passages.ToDictionary(p => p.Passage.Id);
        return new CaseAnswer(
            answer.Text,
            answer.Abstained,
            answer.Mode.ToString().ToLowerInvariant(),
            result.Passages.Select(p => new AnsweredPassage(p.Passage.Id, p.Passage.ManualId, p.Passage.Version, p.Passage.SectionPath.ToString(), p.Passage.PageStart, p.Passage.PageEnd, p.Score, p.Support)).ToList(),
            answer.Citations.Select(c => new CitedPassage(c.Number, c.PassageId, byId[c.PassageId].Passage.ManualId, byId[c.PassageId].Passage.SectionPath.ToString(), c.CitedText)).ToList(),
            latency);
    }
}
