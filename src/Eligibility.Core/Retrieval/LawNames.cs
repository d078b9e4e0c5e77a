using System.Text.RegularExpressions;

namespace Eligibility.Core.Retrieval;

/// <summary>
/// Laws and rules a question names ("the Inflation Reduction Act", "the American Rescue Plan Act of 2021", "the Public
/// Charge Rule"), anywhere in it: a question that rests on a law the manuals never mention ("Our state took the
/// American Rescue Plan Act option; for the extra months…") cannot be answered from them, even when the law is only
/// in the story around the question. A name is capitalised words ending in Act, Law, Rule, Amendments or Bill, or in Plan
/// ("the American Rescue Plan"), a House bill's number ("H.R. 1"), or a law's short name without its "Act" ("Families
/// First"); the question's own first words ("Does the…", "Under the…") are not part of it.
/// </summary>
public static partial class LawNames
{
    private static readonly HashSet<string> Leading = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "and", "for", "on", "under", "since", "after", "before", "per", "by", "in", "with", "does", "do", "did",
        "is", "are", "was", "were", "can", "could", "will", "would", "should", "must", "may", "if", "when", "what", "which", "how", "why",
        "our", "my", "your", "their", "this", "that", "new", "federal", "state",
    };

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:[A-Z][\p{L}\p{N}'’-]*\s+(?:(?:of|and|for|on|the)\s+)*){1,7}(?:Act|Law|Rule|Amendments?|Plan|Bill)(?:\s+of\s+\d{4})?(?![\p{L}\p{N}])|(?<![\p{L}\p{N}.])H\.\s?R\.\s\d{1,5}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])Families\s+First(?![\p{L}\p{N}])")]
    private static partial Regex Name();

    /// <summary>The laws named in <paramref name="question"/>, each as written (two words at least, leading question words dropped).</summary>
    public static IReadOnlyList<string> In(string question)
    {
        var names = new List<string>();
        foreach (Match m in Name().Matches(question))
        {
            var words = m.Value.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToList();
            while (words.Count > 0 && Leading.Contains(words[0]))
            {
                words.RemoveAt(0);
            }

            if (words.Count >= 2)
            {
                names.Add(string.Join(' ', words));
            }
        }

        return names.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>Where law names stand in <paramref name="question"/>: their words are the law's, not names of their own.</summary>
    public static bool Within(string question, int index) =>
        Name().Matches(question).Any(m => index >= m.Index && index < m.Index + m.Length);

    /// <summary>
    /// Whether <paramref name="text"/> names <paramref name="law"/> (any case, any spacing; without its year). A plan is
    /// also named by its last two words, which are often a term of the manuals themselves ("the Medicaid State Plan" is
    /// the "State plan"; "a Qualified Health Plan" a "health plan").
    /// </summary>
    public static bool Mentions(string text, string law)
    {
        var name = Regex.Replace(law, @"\s+of\s+\d{4}$", "");
        var words = name.Split(' ');
        return Names(text, words) || (words is [.., var before, "Plan"] && words.Length > 2 && Names(text, [before, "Plan"]));
    }

    private static bool Names(string text, string[] words)
    {
        var pattern = @"(?<![\p{L}\p{N}])" + string.Join(@"\s+", words.Select(Regex.Escape)) + @"(?![\p{L}\p{N}])";
        return Regex.IsMatch(text, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
