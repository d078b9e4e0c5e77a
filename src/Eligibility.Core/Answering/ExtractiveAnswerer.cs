using Eligibility.Core.Retrieval;

namespace Eligibility.Core.Answering;

/// <summary>
/// The answer with no model configured: the sentences of the top passages that cover most of the question,
/// quoted verbatim and cited; an abstention when no passage clears the relevance floor.
/// </summary>
public sealed class ExtractiveAnswerer(AnsweringOptions options)
{
    public GroundedAnswer Answer(RetrievalResult result)
    {
        var top = result.Passages.Take(options.PassagesConsidered).ToList();
        if (Abstains(result, options))
        {
            return Abstention(result);
        }

        var candidates = new List<(int Rank, RetrievedPassage Passage, int Start, int End, double Score)>();
        for (var rank = 0; rank < top.Count; rank++)
        {
            var passage = top[rank];
            foreach (var (start, end) in SentenceSplitter.Split(passage.Passage.Text))
            {
                var stems = SupportScorer.StemsOf(passage.Passage.Text[start..end]);
                var coverage = SupportScorer.Support(result.Plan, stems, result.Statistics);
                if (coverage > 0 && end - start >= 20)
                {
                    candidates.Add((rank, passage, start, end, coverage * passage.Support / (1 + (0.15 * rank))));
                }
            }
        }

        var chosen = candidates.OrderByDescending(c => c.Score).Take(options.MaxSentences).OrderBy(c => c.Rank).ThenBy(c => c.Start).ToList();
        if (chosen.Count == 0)
        {
            return Abstention(result);
        }

        var numbers = chosen.Select(c => c.Passage.Passage.Id).Distinct().Select((id, i) => (id, i + 1)).ToDictionary(x => x.id, x => x.Item2);
        var citations = chosen.Select(c => new Citation(numbers[c.Passage.Passage.Id], c.Passage.Passage.Id, c.Passage.Passage.Text[c.Start..c.End], c.Start, c.End)).ToList();
        var text = string.Join(" ", citations.Select(c => $"{c.CitedText} [{c.Number}]"));
        return new GroundedAnswer(text, false, AnswerMode.Extractive, citations, result.Passages, result.AsOf);
    }

    /// <summary>True when the best passages do not cover enough of the question to answer from them.</summary>
    public static bool Abstains(RetrievalResult result, AnsweringOptions options) =>
        result.UnknownNames.Count > 0 || result.Passages.Take(3).Select(p => p.Support).DefaultIfEmpty(0).Max() < options.RelevanceFloor;

    private static GroundedAnswer Abstention(RetrievalResult result)
    {
        var unknown = result.UnknownNames.Count == 0 ? "" : $" They do not mention {string.Join(", ", result.UnknownNames.Select(n => $"\"{n}\""))}.";
        return new($"The policy manuals in effect on {result.AsOf:yyyy-MM-dd} do not answer this question.{unknown}", true, AnswerMode.Extractive, [], result.Passages, result.AsOf);
    }
}
