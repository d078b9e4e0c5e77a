namespace Eligibility.Core.Retrieval;

/// <summary>
/// A light English suffix stripper (a subset of Porter's rules) so that "determination", "determine" and
/// "determined" meet. Used for matching question words to passage words in process; the FTS5 index uses
/// its own Porter tokenizer.
/// </summary>
public static class Stemmer
{
    private static readonly (string Suffix, string Replacement)[] Rules =
    [
        ("ibilities", "ib"), ("abilities", "ab"), ("ibility", "ib"), ("ability", "ab"), ("ational", ""), ("ization", "ize"),
        ("fulness", "ful"), ("iveness", "ive"), ("ousness", "ous"), ("ations", ""), ("ation", ""), ("icants", "ic"),
        ("icant", "ic"), ("ments", ""), ("ment", ""), ("ities", ""), ("ity", ""), ("ively", "ive"), ("ingly", ""),
        ("ings", ""), ("ing", ""), ("ible", "ib"), ("able", "ab"), ("ies", "i"), ("ied", "i"), ("ness", ""),
        ("edly", ""), ("ers", ""), ("er", ""), ("ed", ""), ("ally", "al"), ("ely", "e"), ("es", ""), ("s", ""),
    ];

    // Stemming is pure; remembering words already seen saves most of the work on every question.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Memo = new(StringComparer.Ordinal);
    private const int MemoLimit = 200_000;

    public static string Stem(string word)
    {
        if (Memo.TryGetValue(word, out var known))
        {
            return known;
        }

        var stem = Compute(word);
        if (Memo.Count < MemoLimit)
        {
            Memo.TryAdd(word, stem);
        }

        return stem;
    }

    private static string Compute(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.Length <= 3 || !char.IsLetter(w[^1]))
        {
            return w;
        }

        foreach (var (suffix, replacement) in Rules)
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal) && w.Length - suffix.Length >= 3)
            {
                if (suffix == "s" && (w.EndsWith("ss", StringComparison.Ordinal) || w.EndsWith("us", StringComparison.Ordinal) || w.EndsWith("is", StringComparison.Ordinal)))
                {
                    return w;
                }

                w = w[..^suffix.Length] + replacement;
                break;
            }
        }

        // "determine"/"determination" -> "determin", "case"/"cases" -> "cas", "apply"/"applies" -> "appli"
        if (w.Length > 3 && w[^1] == 'e')
        {
            w = w[..^1];
        }

        return w.Length > 3 && w[^1] == 'y' ? w[..^1] + "i" : w;
    }
}
