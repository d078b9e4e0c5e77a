using System.Text.RegularExpressions;

namespace Eligibility.Core.Retrieval;

/// <summary>
/// How much of a question a text covers: the IDF-weighted share of the question's words found in it (or a
/// thesaurus alternative for them). Words the manuals never use weigh the most, so a question about
/// something the manuals do not cover scores low however many common words it shares with them.
/// </summary>
public static partial class SupportScorer
{
    /// <summary>A text's words (space-separated, lower case, padded) and their stems.</summary>
    public sealed record TextProfile(string Words, HashSet<string> Stems);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    public static TextProfile StemsOf(string text)
    {
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        return new TextProfile(" " + string.Join(' ', words) + " ", words.Select(Stemmer.Stem).ToHashSet());
    }

    public static double Support(QueryPlan plan, TextProfile text, TermStatistics statistics)
    {
        double total = 0, covered = 0;
        foreach (var concept in plan.Concepts)
        {
            var weight = statistics.Idf(concept.Term);
            total += weight;
            if (Covers(concept, text))
            {
                covered += weight;
            }
        }

        return total == 0 ? 0 : covered / total;
    }

    /// <summary>Support from the words and phrases a passage is known to contain (see IPassageIndex.MatchTermsAsync).</summary>
    public static double Support(QueryPlan plan, IReadOnlySet<string> present, TermStatistics statistics)
    {
        double total = 0, covered = 0;
        foreach (var concept in plan.Concepts)
        {
            var weight = statistics.Idf(concept.Term);
            total += weight;
            if (present.Contains(concept.Term) || concept.Alternatives.Any(present.Contains))
            {
                covered += weight;
            }
        }

        return total == 0 ? 0 : covered / total;
    }

    public static bool Covers(Concept concept, TextProfile text) =>
        AllPresent(concept.Term, text) || concept.Alternatives.Any(a => AllPresent(a, text));

    private static bool AllPresent(string phrase, TextProfile text)
    {
        var words = Word().Matches(phrase.ToLowerInvariant()).Select(m => m.Value).ToList();
        if (words.Count == 2 && words[1].Length <= 4 && !QueryTerms.IsContentWord(words[1]))
        {
            return text.Words.Contains(" " + string.Join(' ', words) + " ", StringComparison.Ordinal); // "part d" only as written
        }

        var content = words.Where(QueryTerms.IsContentWord).ToList();
        return content.Count > 0 && content.All(w => text.Stems.Contains(Stemmer.Stem(w)));
    }
}
