using System.Text.RegularExpressions;

namespace Eligibility.Core.Retrieval;

/// <summary>
/// The terms the lexical index holds and queries use: stems of content words, and pairs of neighbouring
/// content words (one stop word may sit between) so that phrases like "determination of eligibility" or
/// "part D" match as phrases.
/// </summary>
public static partial class LexicalTokens
{
    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    // Word pairs are kept after designators ("part d", "title ii"); all pairs only when switched on (memory).
    internal static bool Pairs { get; set; } = Environment.GetEnvironmentVariable("PAIRS") == "1";

    private static readonly HashSet<string> Designators = ["part", "subpart", "titl", "title", "schedul", "form", "appendix", "tier"];

    /// <summary>Every term of a text, repeated as often as it occurs.</summary>
    public static List<string> Of(string text)
    {
        var terms = new List<string>();
        string? previous = null;
        var gap = 0;
        foreach (Match m in Word().Matches(text.ToLowerInvariant()))
        {
            var word = m.Value;
            if (QueryTerms.IsStopWord(word))
            {
                gap++;
                if (gap > 1)
                {
                    previous = null;
                }

                continue;
            }

            var stem = Stemmer.Stem(word);
            if (word.Length > 1)
            {
                terms.Add(stem);
            }

            if (previous is not null && (Pairs || Designators.Contains(previous)))
            {
                terms.Add(previous + " " + stem);
            }

            previous = stem;
            gap = 0;
        }

        return terms;
    }

    /// <summary>The index term for a query word or phrase: a stem, or the pair terms of a phrase.</summary>
    public static IEnumerable<string> ForQuery(string termOrPhrase)
    {
        var terms = Of(termOrPhrase);
        var pairs = terms.Where(t => t.Contains(' ', StringComparison.Ordinal)).ToList();
        return pairs.Count > 0 ? pairs : terms;
    }
}
