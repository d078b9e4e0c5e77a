using System.Globalization;
using System.Text.RegularExpressions;

namespace Eligibility.Core.Redaction;

/// <summary>The calendar dates a written date may mean ("3/5/90" is 1990-03-05; a two-digit year may be either century).</summary>
internal static partial class WrittenDate
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static IEnumerable<DateOnly> Meanings(string written)
    {
        var parts = Parts().Matches(written).Select(m => m.Value.ToLowerInvariant()).Where(p => p is not ("of" or "the" or "st" or "nd" or "rd" or "th")).ToList();
        if (parts.Count != 3)
        {
            yield break;
        }

        var month = Array.FindIndex(Months, m => parts.Any(p => p.StartsWith(m, StringComparison.Ordinal))) + 1;
        var numbers = parts.Select(p => int.TryParse(StripOrdinal(p), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1).ToList();
        int year, day;
        if (month > 0)
        {
            var rest = numbers.Where(n => n >= 0).ToList();
            if (rest.Count != 2)
            {
                yield break;
            }

            (day, year) = (rest[0], rest[1]);
        }
        else if (parts[0].Length == 4)
        {
            (year, month, day) = (numbers[0], numbers[1], numbers[2]);
        }
        else
        {
            (month, day, year) = (numbers[0], numbers[1], numbers[2]);
        }

        foreach (var y in year >= 100 ? [year] : new[] { 1900 + year, 2000 + year })
        {
            if (month is >= 1 and <= 12 && day >= 1 && y is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(y, month))
            {
                yield return new DateOnly(y, month, day);
            }
        }
    }

    private static string StripOrdinal(string part) => part.TrimStart('\'').TrimEnd('s', 't', 'n', 'd', 'r', 'h');

    [GeneratedRegex(@"[\p{L}]+|'?\d+(?:st|nd|rd|th)?", RegexOptions.IgnoreCase)]
    private static partial Regex Parts();
}
