namespace Eligibility.Core.Passages;

/// <summary>
/// o200k_base's pre-tokenizer written out by hand for the text manuals are made of, so counting a passage does not
/// run the general regular expression over it. It splits exactly where the encoding's pattern does
/// (<c>[^\r\n\p{L}\p{N}]?[\p{Lu}…]*[\p{Ll}…]+('s|'t|…)? | …[\p{Lu}…]+[\p{Ll}…]*('s|…)? | \p{N}{1,3} | ?[^\s\p{L}\p{N}]+[\r\n/]* |
/// \s*[\r\n]+ | \s+(?!\S) | \s+</c>) for text whose letters are ASCII; any other letter or mark (where the pattern's
/// classes overlap), or a special-token marker, is left to the library (<see cref="Supports"/> is false).
/// </summary>
internal static class O200kPieces
{
    /// <summary>Whether <see cref="End"/> splits this text exactly as the encoding's own pattern does.</summary>
    public static bool Supports(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c > '\x7f' && (char.IsLetter(c) || IsMark(c)))
            {
                return false;
            }
        }

        return !text.Contains("<|", StringComparison.Ordinal);
    }

    /// <summary>Where the piece that starts at <paramref name="i"/> ends (exclusive).</summary>
    public static int End(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        var n = text.Length;

        // A run of letters, with one leading character that is not a line break, letter or digit.
        var letters = IsLetter(c) ? i : (IsPrefix(c) && i + 1 < n && IsLetter(text[i + 1]) ? i + 1 : -1);
        if (letters >= 0)
        {
            var upper = letters;
            while (upper < n && char.IsAsciiLetterUpper(text[upper]))
            {
                upper++;
            }

            var lower = upper;
            while (lower < n && char.IsAsciiLetterLower(text[lower]))
            {
                lower++;
            }

            return Contraction(text, lower);
        }

        if (IsDigit(c))
        {
            var end = i + 1;
            while (end < n && end < i + 3 && IsDigit(text[end]))
            {
                end++;
            }

            return end;
        }

        // Punctuation, with one leading space, then any line breaks and slashes.
        var marks = IsPunctuation(c) ? i : (c == ' ' && i + 1 < n && IsPunctuation(text[i + 1]) ? i + 1 : -1);
        if (marks >= 0)
        {
            var end = marks;
            while (end < n && IsPunctuation(text[end]))
            {
                end++;
            }

            while (end < n && text[end] is '\r' or '\n' or '/')
            {
                end++;
            }

            return end;
        }

        // Whitespace: up to its last line break; else all of it at the end, or all but the last character before text.
        var run = i;
        var lastBreak = -1;
        while (run < n && IsSpace(text[run]))
        {
            lastBreak = text[run] is '\r' or '\n' ? run : lastBreak;
            run++;
        }

        return lastBreak >= 0 ? lastBreak + 1 : run == n || run - i == 1 ? run : run - 1;
    }

    private static int Contraction(ReadOnlySpan<char> text, int at)
    {
        if (at + 1 >= text.Length || text[at] != '\'')
        {
            return at;
        }

        var next = char.ToLowerInvariant(text[at + 1]);
        if (next is 's' or 't' or 'm' or 'd')
        {
            return at + 2;
        }

        var after = at + 2 < text.Length ? char.ToLowerInvariant(text[at + 2]) : '\0';
        return (next, after) is ('r', 'e') or ('v', 'e') or ('l', 'l') ? at + 3 : at;
    }

    // The classes for supported text: its only letters are ASCII; digits are any \p{N}; whitespace is the regex's \s.
    private static bool IsLetter(char c) => char.IsAsciiLetter(c);

    private static bool IsDigit(char c) => char.IsAsciiDigit(c) || (c > '\x7f' && char.IsNumber(c));

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r' or '\x85'
        || (c > '\x7f' && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.SpaceSeparator
            or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator);

    private static bool IsPunctuation(char c) => !IsLetter(c) && !IsDigit(c) && !IsSpace(c);

    private static bool IsPrefix(char c) => c is not ('\r' or '\n') && !IsDigit(c);

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
        or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark;
}
