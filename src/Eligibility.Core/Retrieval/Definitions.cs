using System.Text.RegularExpressions;

namespace Eligibility.Core.Retrieval;

/// <summary>
/// Questions that ask what a term means ("How do the rules define fraud?", "Which beneficiaries count as validly
/// enrolled?", "What does 'reasonable opportunity period' mean?") and the text that answers them: the term followed by
/// "means", "is defined as", "refers to" or "has the meaning", as definitions are written in the manuals.
/// </summary>
public static partial class Definitions
{
    /// <summary>The term a question asks the meaning of, in lower case; null when it asks nothing of the kind.</summary>
    public static string? AskedTerm(string question)
    {
        var asking = QuestionSentences.Asking(question);
        foreach (var pattern in (Regex[])[Define(), Mean(), DefinitionOf(), CountsAs()])
        {
            if (pattern.Match(asking) is { Success: true } m)
            {
                var term = m.Groups["term"].Value.Trim().Trim('\'', '"', '“', '”', '‘', '’').Trim().ToLowerInvariant();
                return term.Length >= 3 && term.Split(' ').Length <= 5 ? term : null;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="text"/> defines <paramref name="term"/> ("Fraud (in accordance with § 455.2) means…").</summary>
    public static bool Defines(string text, string term)
    {
        var words = string.Join(@"[\s-]+", term.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));
        return Regex.IsMatch(text, @"\b" + words + @"s?['""”’]?\s*(?:\([^)]{0,80}\)\s*)?(?:,[^.,]{0,60},\s*)?(?:means|is\s+defined\s+as|refers\s+to|has\s+the\s+meaning)\b", RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(50));
    }

    private const string Term = @"['""“‘]?(?<term>[\w][\w\s'’-]{1,60}?)['""”’]?";

    // What may follow the term without being part of it: "…under Medicaid?", "…for the FMAP condition?" (not "for mental diseases").
    private const string Tail = @"(?:\s+(?:under|in|when|if|during|according\s+to|for\s+(?:the|a|an|this|purposes))\b[^?]*)?\s*(?:\?|$)";

    [GeneratedRegex(@"\bhow\s+(?:do|does|did)\s+(?:[\w-]+\s+){0,3}?define\s+(?:a\s+|an\s+|the\s+)?" + Term + Tail, RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex Define();

    [GeneratedRegex(@"\bwhat\s+(?:does|do)\s+(?:the\s+(?:term|phrase|word)\s+)?" + Term + @"\s+mean\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex Mean();

    [GeneratedRegex(@"\b(?:what\s+is|what's)\s+the\s+definition\s+of\s+(?:a\s+|an\s+|the\s+)?" + Term + Tail, RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex DefinitionOf();

    [GeneratedRegex(@"\b(?:who|what|which\s+[\w-]+)\s+(?:counts?|qualif(?:y|ies))\s+as\s+(?:a\s+|an\s+)?" + Term + Tail, RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex CountsAs();
}
