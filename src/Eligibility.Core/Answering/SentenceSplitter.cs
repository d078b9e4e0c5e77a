using System.Text.RegularExpressions;

namespace Eligibility.Core.Answering;

/// <summary>Splits passage text into sentences (and list items), keeping their offsets so quotes stay verbatim.</summary>
public static partial class SentenceSplitter
{
    [GeneratedRegex(@"(?<=[.;:?!])\s+(?=[(\[A-Z0-9§""“])|\n+")]
    private static partial Regex Break();

    public static IEnumerable<(int Start, int End)> Split(string text)
    {
        var start = 0;
        foreach (Match m in Break().Matches(text))
        {
            if (m.Index > start)
            {
                yield return Trim(text, start, m.Index);
            }

            start = m.Index + m.Length;
        }

        if (start < text.Length)
        {
            yield return Trim(text, start, text.Length);
        }
    }

    private static (int, int) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }
}
