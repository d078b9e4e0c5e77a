using System.Globalization;
using System.Text.RegularExpressions;

namespace Eligibility.Core.Retrieval;

/// <summary>
/// The rows of a passage's tables (lines of cells joined by " | ") that match a figure the question gives: a
/// household size, a year or an amount that falls in the row's range ("$15.01 to $40", "$80.01 or more"), or an
/// amount the row gives as its value ("$2.30"). When a question asks what the table says for its case, that row is
/// the answer, not the table's title.
/// </summary>
internal static partial class TableRows
{
    public static IEnumerable<(int Start, int End)> Matching(string text, string question)
    {
        // An amount per period ("$3,000 a month" of income, "$40 a month" of premiums) is weighed only against rows keyed
        // by such amounts, not against a table of what the state pays for a service.
        var amounts = Money().Matches(question).Select(m => (Value: Number(m.Groups[1].Value), PerPeriod: PerPeriod().IsMatch(question[(m.Index + m.Length)..]))).ToList();
        var counts = Count().Matches(question).Select(m => m.Groups["n"].Value).Select(w => NumberWords.ValueOf(w) is { } n ? n : Number(w)).ToList();
        if (amounts.Count == 0 && counts.Count == 0)
        {
            yield break;
        }

        // An amount the table states as a row's value ("for which payments is $2.30 the most?") names that row; it
        // is not also weighed against the rows' ranges.
        var rows = Line().Matches(text).Select(line => (Line: line, Cells: line.Value.Split(" | "))).Where(r => r.Cells.Length >= 2).ToList();
        var stated = rows.SelectMany(r => r.Cells.Skip(1).SelectMany(c => Money().Matches(c)).Select(m => Number(m.Groups[1].Value)))
            .Intersect(amounts.Select(a => a.Value)).ToHashSet();
        amounts = amounts.Where(a => !stated.Contains(a.Value)).ToList();
        foreach (var (line, cells) in rows)
        {
            if (cells.Skip(1).Any(c => Money().Matches(c).Any(m => stated.Contains(Number(m.Groups[1].Value)))))
            {
                yield return (line.Index, line.Index + line.Length);
                continue;
            }

            var key = cells[0];
            var values = Money().Matches(key).Select(m => Number(m.Groups[1].Value)).ToList();
            var isMoney = values.Count > 0;
            if (!isMoney)
            {
                values = Plain().Matches(key).Select(m => Number(m.Value)).ToList();
            }

            var asked = isMoney ? amounts.Where(a => !a.PerPeriod || Period().IsMatch(key)).Select(a => a.Value).ToList() : counts;
            if (values.Count == 0 || asked.Count == 0)
            {
                continue;
            }

            var (low, high) = values.Count >= 2 ? (values[0], values[1])
                : OrMore().IsMatch(key) ? (values[0], decimal.MaxValue)
                : OrLess().IsMatch(key) ? (decimal.MinValue, values[0])
                : (values[0], values[0]);
            if (asked.Any(a => a >= low && a <= high))
            {
                yield return (line.Index, line.Index + line.Length);
            }
        }
    }

    private static decimal Number(string written) => decimal.Parse(written.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"[^\n]+")]
    private static partial Regex Line();

    [GeneratedRegex(@"^\s*(?:a|an|per|each|every|/)\s*(?:month|year|week|annum)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PerPeriod();

    [GeneratedRegex(@"\b(?:month|monthly|year|yearly|annual|annually|week|weekly)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Period();

    [GeneratedRegex(@"\$\s?(\d[\d,]*(?:\.\d+)?)")]
    private static partial Regex Money();

    // A household size or a year: "family of four", "household of 3", "3 people", "in 2026".
    [GeneratedRegex(@"\b(?:of|for)\s+(?<n>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b|\b(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]+(?:people|persons?|members?)\b|\b(?<n>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Count();

    [GeneratedRegex(@"(?<![\d.])\d[\d,]*(?:\.\d+)?")]
    private static partial Regex Plain();

    [GeneratedRegex(@"\bor\s+(?:more|over|above|higher)\b|\band\s+(?:over|above|up)\b|\+", RegexOptions.IgnoreCase)]
    private static partial Regex OrMore();

    [GeneratedRegex(@"\bor\s+(?:less|under|below|lower)\b|\bup\s+to\b|\bunder\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrLess();
}
