using System.Text.RegularExpressions;

namespace Eligibility.Core.Answering;

/// <summary>
/// What kind of answer a question wants, read from how it asks: a time span ("how long", "how many days", "how
/// soon", "deadline"), a dollar amount ("how much", "what copayment"), a percentage, an age ("until what age"), or
/// any figure ("what is the federal minimum…"). A sentence that holds that
/// kind of figure answers it better than one that only shares its words.
/// </summary>
internal static partial class AnswerType
{
    /// <summary>Whether <paramref name="sentence"/> holds the kind of figure <paramref name="question"/> asks for; false when it asks for none.</summary>
    public static bool Holds(string question, string sentence) =>
        (AsksDuration().IsMatch(question) && Duration().IsMatch(sentence))
        || (AsksDollars().IsMatch(question) && Dollars().IsMatch(sentence))
        || (AsksPercent().IsMatch(question) && Percent().IsMatch(sentence))
        || (AsksAge().IsMatch(question) && Age().IsMatch(sentence))
        || (AsksLimit().IsMatch(question) && (Dollars().IsMatch(sentence) || Percent().IsMatch(sentence) || Duration().IsMatch(sentence)));

    [GeneratedRegex(@"\b(?:how\s+(?:long|soon|fast|quickly|far\s+ahead|far\s+in\s+advance|far\s+back|many\s+(?:days|months|years|weeks|hours))|deadline|within\s+how|by\s+when|time\s+limit|how\s+much\s+time|least\s+amount\s+of\s+time)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksDuration();

    [GeneratedRegex(@"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|twenty|thirty|forty|forty-five|sixty|ninety)(?:[\s-]+(?:calendar|business|working))?[\s-]+(?:days?|months?|years?|weeks?|hours?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    [GeneratedRegex(@"\b(?:how\s+much|what\s+(?:copay|copayment|premium|fee|amount|charge)s?|maximum\s+(?:copay|copayment|charge|amount|deductible))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksDollars();

    [GeneratedRegex(@"\$\s?\d", RegexOptions.IgnoreCase)]
    private static partial Regex Dollars();

    [GeneratedRegex(@"\b(?:what\s+percent(?:age)?|how\s+many\s+percent|income\s+(?:limit|ceiling|threshold)|percent\s+of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksPercent();

    [GeneratedRegex(@"\d\s*(?:%|percent)|\bpercent\b", RegexOptions.IgnoreCase)]
    private static partial Regex Percent();

    [GeneratedRegex(@"\b(?:(?:what|which)\s+age|how\s+old|age\s+(?:limit|cutoff|cap))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksAge();

    [GeneratedRegex(@"\b(?:ages?|aged|attains?|attaining|turns?|turning|under|over|through)\s+(?:age\s+)?(?:\d{1,3}|eighteen|nineteen|twenty(?:-\w+)?|sixty-five)\b|\b\d{1,3}\s+years?\s+(?:of\s+age|old)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Age();

    [GeneratedRegex(@"\bwhat(?:'s|’s|\s+is|\s+are)\s+the\s+(?:[\w-]+\s+){0,2}?(?:minimum|maximum|least|most|highest|lowest|limit|cap)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksLimit();
}
