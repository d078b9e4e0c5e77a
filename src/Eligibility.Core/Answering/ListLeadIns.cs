using System.Text.RegularExpressions;

namespace Eligibility.Core.Answering;

/// <summary>
/// The sentence a list item hangs from. Regulations and manuals state a rule in a lead-in ("The agency may
/// shorten the period of advance notice to 5 days before the date of action if—") and its conditions in items
/// ("(a) The agency has facts indicating … probable fraud"); an item quoted without its lead-in says nothing.
/// An item's lead-in is the nearest sentence before it, in the same passage, that ends in a dash or colon and opens
/// the item's own list: the sentence after it is numbered the way the item is. So "(1)" is not the lead-in of "(2)",
/// nor "(1) … from:" (which opens a list of "(i)"s) the lead-in of "(b)".
/// </summary>
public static partial class ListLeadIns
{
    [GeneratedRegex(@"^\((?<e>[a-z]{1,4}|[0-9]{1,3}|[A-Z]{1,2})\)")]
    private static partial Regex Enumerator();

    [GeneratedRegex(@"^[ivxl]+$")]
    private static partial Regex Roman();

    private enum Kind
    {
        None,
        Letter,
        Number,
        Roman,
        Capital,
    }

    /// <summary>For each sentence, the index of its lead-in among <paramref name="sentences"/>, or -1.</summary>
    public static int[] Of(string text, IReadOnlyList<(int Start, int End)> sentences)
    {
        var kinds = new Kind[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            kinds[i] = KindOf(text, sentences[i], i == 0 ? null : PreviousEnumerator(text, sentences, i));
        }

        var leadIns = new int[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            leadIns[i] = -1;
            if (kinds[i] == Kind.None)
            {
                continue;
            }

            // The lead-in opens this very list: the sentence after it is numbered the same way as this item, and no
            // sibling of the lead-in comes between them ("(2)" after "(1) … if:" has closed the list of "(1)").
            var closed = new HashSet<Kind>();
            for (var j = i - 1; j >= 0; j--)
            {
                if (OpensList(text, sentences[j]) && kinds[j] != kinds[i] && kinds[j + 1] == kinds[i] && !closed.Contains(kinds[j]))
                {
                    leadIns[i] = j;
                    break;
                }

                if (kinds[j] != Kind.None && kinds[j] != kinds[i])
                {
                    closed.Add(kinds[j]);
                }
            }
        }

        return leadIns;
    }

    private static bool OpensList(string text, (int Start, int End) sentence)
    {
        var last = text[sentence.End - 1];
        return last is '—' or ':' or '–' || (last == '-' && sentence.End - sentence.Start > 1 && text[sentence.End - 2] != '-');
    }

    private static Kind KindOf(string text, (int Start, int End) sentence, string? previous)
    {
        var m = Enumerator().Match(text[sentence.Start..sentence.End]);
        if (!m.Success)
        {
            return Kind.None;
        }

        var e = m.Groups["e"].Value;
        if (char.IsDigit(e[0]))
        {
            return Kind.Number;
        }

        if (char.IsUpper(e[0]))
        {
            return Kind.Capital;
        }

        // "(i)" after "(h)" is a letter; otherwise a lower-case numeral is roman.
        var lettered = e.Length == 1 && previous is { Length: 1 } p && char.IsLower(p[0]) && p[0] == e[0] - 1;
        return Roman().IsMatch(e) && !lettered ? Kind.Roman : Kind.Letter;
    }

    private static string? PreviousEnumerator(string text, IReadOnlyList<(int Start, int End)> sentences, int i)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            var m = Enumerator().Match(text[sentences[j].Start..sentences[j].End]);
            if (m.Success)
            {
                return m.Groups["e"].Value;
            }
        }

        return null;
    }
}
