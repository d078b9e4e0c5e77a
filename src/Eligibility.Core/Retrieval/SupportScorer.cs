using System.Text.RegularExpressions;

namespace Eligibility.Core.Retrieval;

/// <summary>
/// How much of a question a text covers: the IDF-weighted share of the question's words found in it (or a
/// thesaurus alternative for them). Words the manuals never use ("CalFresh", "Pomona") weigh the most, so a
/// question about something the manuals do not cover scores low however many common words it shares.
/// </summary>
public static partial class SupportScorer
{
    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    public static HashSet<string> StemsOf(string text) =>
        Word().Matches(text.ToLowerInvariant()).Select(m => Stemmer.Stem(m.Value)).ToHashSet();

    public static double Support(QueryPlan plan, HashSet<string> textStems, TermStatistics statistics)
    {
        double total = 0, covered = 0;
        foreach (var concept in plan.Concepts)
        {
            var weight = statistics.Idf(concept.Term);
            total += weight;
            if (Covers(concept, textStems))
            {
                covered += weight;
            }
        }

        return total == 0 ? 0 : covered / total;
    }

    public static bool Covers(Concept concept, HashSet<string> textStems) =>
        AllPresent(concept.Term, textStems) || concept.Alternatives.Any(a => AllPresent(a, textStems));

    private static bool AllPresent(string phrase, HashSet<string> textStems)
    {
        var words = QueryTerms.Of(phrase);
        return words.Count > 0 && words.All(w => textStems.Contains(Stemmer.Stem(w)));
    }
}
