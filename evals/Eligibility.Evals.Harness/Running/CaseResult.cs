using System.Text.RegularExpressions;
using Eligibility.Evals.Suites;

namespace Eligibility.Evals.Running;

/// <summary>A case with its answer and the verdicts the metrics are built from.</summary>
public sealed partial record CaseResult(EvalCase Case, CaseAnswer Answer)
{
    /// <summary>1-based rank of the first retrieved passage matching an expected source, or null.</summary>
    public int? FirstHit { get; } = Case.Answerable
        ? Answer.Retrieved.Select((p, i) => (p, i)).Where(x => Case.Sources.Any(s => s.Matches(x.p.ManualId, x.p.SectionPath))).Select(x => (int?)(x.i + 1)).FirstOrDefault()
        : null;

    public bool AbstentionCorrect => Answer.Abstained == !Case.Answerable;

    public IReadOnlyList<string> FactsFound { get; } = Case.Facts.Where(f => Normalise(Answer.Text).Contains(Normalise(f), StringComparison.OrdinalIgnoreCase)).ToList();

    public int CitationsMatching => Answer.Citations.Count(c => Case.Sources.Any(s => s.Matches(c.ManualId, c.SectionPath)));

    public bool HitAt(int k) => FirstHit is { } rank && rank <= k;

    /// <summary>nDCG@k with binary gains, each expected source counted once (its first matching passage).</summary>
    public double NdcgAt(int k)
    {
        var matched = new HashSet<ExpectedSource>();
        double dcg = 0;
        foreach (var (p, i) in Answer.Retrieved.Take(k).Select((p, i) => (p, i)))
        {
            var source = Case.Sources.FirstOrDefault(s => !matched.Contains(s) && s.Matches(p.ManualId, p.SectionPath));
            if (source is not null)
            {
                matched.Add(source);
                dcg += 1 / Math.Log2(i + 2);
            }
        }

        var ideal = Enumerable.Range(0, Math.Min(k, Case.Sources.Count)).Sum(i => 1 / Math.Log2(i + 2));
        return ideal == 0 ? 0 : dcg / ideal;
    }

    /// <summary>
    /// Runs of white space as one space, and a table's cell separators as white space: an answer quotes the row
    /// "$15.01 to $40 | $2.30" that a fact copied from the printed page writes "$15.01 to $40 $2.30".
    /// </summary>
    private static string Normalise(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+(?:\|\s+)?")]
    private static partial Regex Spaces();
}
