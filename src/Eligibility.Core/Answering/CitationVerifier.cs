using System.Text.RegularExpressions;
using Eligibility.Core.Passages;

namespace Eligibility.Core.Answering;

/// <summary>
/// Checks a model's citation against the passages it was given: the passage must be one of them and the cited
/// text must occur in it verbatim (white space aside). Anything else is dropped and counted, never shown.
/// </summary>
public static partial class CitationVerifier
{
    /// <summary>The cited span's offsets in the passage text, or null when the citation does not hold.</summary>
    public static (int Start, int End)? Locate(Passage passage, string citedText)
    {
        var wanted = Squash(citedText);
        if (wanted.Length == 0)
        {
            return null;
        }

        // Compare without white space, then map the match back to offsets in the original text.
        var map = new List<int>(passage.Text.Length);
        var squashed = new System.Text.StringBuilder(passage.Text.Length);
        for (var i = 0; i < passage.Text.Length; i++)
        {
            if (!char.IsWhiteSpace(passage.Text[i]))
            {
                squashed.Append(passage.Text[i]);
                map.Add(i);
            }
        }

        var at = squashed.ToString().IndexOf(wanted, StringComparison.Ordinal);
        return at < 0 ? null : (map[at], map[at + wanted.Length - 1] + 1);
    }

    /// <summary>Sentences of a text (for marking the ones no citation supports).</summary>
    public static IEnumerable<string> Sentences(string text) =>
        SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Any(char.IsLetter));

    private static string Squash(string text) => Whitespace().Replace(text, "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
