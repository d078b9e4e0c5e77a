using System.Text.RegularExpressions;

namespace Eligibility.Core.Answering;

/// <summary>
/// Whether a question leans on the one before it, decided from the question alone: it opens as a continuation
/// ("and for a household of 4?", "what about children?") or refers back early on ("does it apply…", "is that
/// limit…"). A question that stands on its own is answered on its own, whatever came before.
/// </summary>
public static partial class FollowUp
{
    private static readonly string[] Openers = ["and", "or", "but", "also", "so", "then", "what about", "how about", "what if", "same", "if so", "if not", "how come"];

    // Fragments: "for a family of 4?", "in 2025?" continue the last question; a full question may open with these words too.
    private static readonly string[] FragmentOpeners = ["for", "in", "with", "without", "under", "over", "after", "before"];

    private const int FragmentWords = 6;

    // Pronouns and demonstratives that point outside the question when they come before anything they could point to.
    private static readonly HashSet<string> PointBack = new(StringComparer.OrdinalIgnoreCase)
        { "it", "its", "they", "them", "their", "theirs", "this", "that", "these", "those", "he", "she", "him", "his", "her" };

    private const int EarlyWords = 3;

    public static bool NeedsContext(string question)
    {
        var words = Words().Matches(question.ToLowerInvariant()).Select(m => m.Value).ToList();
        if (words.Count == 0)
        {
            return false;
        }

        var opening = string.Join(' ', words.Take(2));
        if (Openers.Any(o => opening == o || opening.StartsWith(o + " ", StringComparison.Ordinal)))
        {
            return true;
        }

        if (words.Count <= FragmentWords && FragmentOpeners.Contains(words[0]))
        {
            return true;
        }

        // "Does it apply…", "Is that limit…", "What are their…": a back-reference among the first few words, before any noun it could refer to.
        return words.Take(EarlyWords).Any(PointBack.Contains);
    }

    [GeneratedRegex(@"[\p{L}\p{N}']+")]
    private static partial Regex Words();
}
