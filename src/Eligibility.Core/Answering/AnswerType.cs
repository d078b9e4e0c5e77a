using System.Text.RegularExpressions;

namespace Eligibility.Core.Answering;

/// <summary>
/// What kind of answer a question wants, read from how it asks: a time span ("how long", "how many days", "how
/// soon", "deadline"), a dollar amount ("how much", "what copayment"), or a percentage. A sentence that holds that
/// kind of figure answers it better than one that only shares its words.
/// </summary>
internal static partial class AnswerType
{
    /// <summary>Whether <paramref name="sentence"/> holds the kind of figure <paramref name="question"/> asks for; false when it asks for none.</summary>
    public static bool Holds(string question, string sentence) =>
        (AsksDuration().IsMatch(question) && Duration().IsMatch(sentence))
        || (AsksDollars().IsMatch(question) && Dollars().IsMatch(sentence))
        || (AsksPercent().IsMatch(question) && Percent().IsMatch(sentence));

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
}
