using System.Text.RegularExpressions;

namespace Eligibility.Core.Retrieval;

/// <summary>Splits a question into the words worth matching: lower-cased, stop words out, section numbers kept whole.</summary>
public static partial class QueryTerms
{
    private static readonly HashSet<string> StopWords =
    [
        "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been", "before", "being", "but", "by",
        "can", "could", "did", "do", "does", "doing", "for", "from", "get", "gets", "got", "had", "has", "have", "having", "he", "her",
        "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "me", "my", "no", "not", "now", "of",
        "on", "or", "our", "ours", "out", "over", "she", "should", "so", "some", "still", "than", "that", "the", "their", "them", "then",
        "there", "these", "they", "this", "those", "to", "too", "under", "up", "us", "very", "was", "we", "were", "what", "when",
        "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "s", "t", "don", "doesn",
        "isn", "aren", "can't", "let", "lets", "much", "many", "way", "ever", "really", "thing", "things", "want", "wants",
        "need", "needs", "know", "tell", "say", "says", "said", "ok", "okay", "please", "anyone", "someone", "something",

        // How caseworkers talk about a case, not what it is about: words the manuals never use for a rule.
        "told", "ask", "asks", "asked", "asking", "went", "going", "getting", "anything", "everything", "everyone", "everybody",
        "somebody", "anybody", "supposed", "stuff", "else", "thinks", "saying", "probably", "ago", "put", "puts", "sort",
        "client", "clients", "guy", "lady", "yesterday", "today", "tomorrow", "honestly", "basically", "actually", "wondering", "wonder",

        // Contractions, kept whole by the question's tokenizer ("won't" is not "won", as in "she won her hearing").
        "won't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "shouldn't", "couldn't", "wouldn't",
        "haven't", "hasn't", "hadn't", "cannot", "i'm", "i've", "i'd", "we're", "we've", "we'd", "they're", "they've", "you're",
        "she'd", "he'd", "she'll", "he'll", "they'll", "we'll",
    ];

    [GeneratedRegex(@"\d+(?:\.\d+)+[a-z]?|[\p{L}\p{N}]+(?:['’][\p{L}]+)?")]
    private static partial Regex Word();

    private static readonly HashSet<string> Designators = ["part", "subpart", "title", "schedule", "form", "appendix", "tier"];

    /// <summary>The content words of a question; a designator and its letter stay one term ("part d", "title ii").</summary>
    public static IReadOnlyList<string> Of(string question)
    {
        var words = Word().Matches(question.ToLowerInvariant())
            .Select(m => m.Value.Replace("’", "'", StringComparison.Ordinal))
            .Select(w => w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w)
            .ToList();
        var terms = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            if (Designators.Contains(words[i]) && i + 1 < words.Count && words[i + 1].Length <= 4 && (words[i + 1].Length == 1 || words[i + 1].All(c => "ivxl".Contains(c)) || words[i + 1].All(char.IsAsciiDigit)))
            {
                terms.Add($"{words[i]} {words[++i]}");
            }
            else if (words[i].Length > 1 && !StopWords.Contains(words[i]))
            {
                terms.Add(words[i]);
            }
        }

        return terms.Distinct().ToList();
    }

    /// <summary>
    /// Pairs of neighbouring content words, with at most one stop word between them kept in place
    /// ("determination of eligibility"): matching them as phrases rewards passages that say it the same way.
    /// </summary>
    public static IReadOnlyList<string> PhrasesOf(string question)
    {
        var words = Word().Matches(question.ToLowerInvariant()).Select(m => m.Value).ToList();
        var phrases = new List<string>();
        for (var i = 0; i < words.Count - 1; i++)
        {
            if (!IsContent(words[i]))
            {
                continue;
            }

            if (IsContent(words[i + 1]))
            {
                phrases.Add($"{words[i]} {words[i + 1]}");
            }
            else if (i + 2 < words.Count && IsContent(words[i + 2]))
            {
                phrases.Add($"{words[i]} {words[i + 1]} {words[i + 2]}");
            }
        }

        return phrases.Distinct().ToList();
    }

    public static LexicalQuery ToQuery(string question) =>
        new([.. Of(question).Select(t => new QueryTerm(t)), .. PhrasesOf(question).Select(p => new QueryTerm(p))]);

    private static bool IsContent(string word) => IsContentWord(word);

    public static bool IsContentWord(string word) => word.Length > 1 && !StopWords.Contains(word);

    public static bool IsStopWord(string word) => StopWords.Contains(word);
}
