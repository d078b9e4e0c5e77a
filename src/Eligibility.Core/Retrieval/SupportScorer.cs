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
            var weight = statistics.Idf(concept.Term) * plan.WeightOf(concept.Term);
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
            var weight = statistics.Idf(concept.Term) * plan.WeightOf(concept.Term);
            total += weight;
            if (present.Contains(concept.Term) || concept.Alternatives.Any(present.Contains))
            {
                covered += weight;
            }
        }

        return total == 0 ? 0 : covered / total;
    }

    public static bool Covers(Concept concept, TextProfile text)
    {
        foreach (var form in concept.Forms)
        {
            if (form.Literal is { } literal ? text.Words.Contains(literal, StringComparison.Ordinal) : form.Stems.Length > 0 && form.Stems.All(text.Stems.Contains))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What a text must hold to cover a word or phrase: all its content stems, or (for "part d") the literal words.</summary>
    public sealed record Form(string? Literal, string[] Stems);

    public static Form FormOf(string phrase)
    {
        var words = Word().Matches(phrase.ToLowerInvariant()).Select(m => m.Value).ToList();
        if (words.Count == 2 && words[1].Length <= 4 && !QueryTerms.IsContentWord(words[1]))
        {
            return new Form(" " + string.Join(' ', words) + " ", []); // "part d" only as written
        }

        return new Form(null, words.Where(QueryTerms.IsContentWord).Select(Stemmer.Stem).ToArray());
    }
}
