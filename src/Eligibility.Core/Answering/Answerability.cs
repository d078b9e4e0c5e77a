using System.Globalization;
using System.Text.RegularExpressions;
using Eligibility.Core.Retrieval;

namespace Eligibility.Core.Answering;

/// <summary>
/// Whether the passages found can answer the question, and when not, why, in one line a caseworker understands:
/// the question asks about something the manuals in effect never mention, asks for a year's figure or a rule from a
/// year after every version in effect, or the closest passages cover too little of it.
/// </summary>
public static partial class Answerability
{
    /// <summary>Null when the passages may answer; otherwise the reason they cannot, as a sentence about the manuals in effect.</summary>
    public static string? WhyNot(RetrievalResult result, AnsweringOptions options)
    {
        if (result.Passages.Count == 0)
        {
            return "No passage in them is on this.";
        }

        if (result.UnknownNames.Count > 0)
        {
            return $"They do not mention {string.Join(", ", result.UnknownNames.Select(n => $"\"{n}\""))}.";
        }

        if (result.LatestEffective is { } latest && YearAfter(result.Plan.Question, latest.Year) is { } year)
        {
            return $"They were issued on or before {latest:yyyy-MM-dd}, so they cannot give {year}'s figures or rules.";
        }

        // "Since the 2019 rule banned CHIP premiums, …": the question takes a rule change as given, which the passages
        // would have to confirm before anything else; quoting them as if they did would endorse the premise.
        if (RulePremise().Match(result.Plan.Question) is { Success: true } premise)
        {
            return $"The question takes as given that {premise.Groups["premise"].Value.Trim().TrimEnd(',')}, which they do not say.";
        }

        // Asked for a dollar amount, the passages that would be quoted hold none: they discuss it, but cannot give it.
        if (AsksForDollars().IsMatch(QuestionSentences.Asking(result.Plan.Question)) && !result.Passages.Take(3).Any(p => Dollars().IsMatch(p.Passage.Text)))
        {
            return "They give no dollar amount for this.";
        }

        var support = result.Passages.Take(3).Max(p => p.Support);
        return support < options.RelevanceFloor
            ? "The closest passages cover too little of the question."
            : null;
    }

    /// <summary>
    /// A year later than <paramref name="latestYear"/> that the question asks about: a figure for it ("the 2024 premium",
    /// "in 2025", "for 2024") or a rule from it ("the 2024 final rule", "ended on March 31, 2023").
    /// </summary>
    private static int? YearAfter(string question, int latestYear)
    {
        var asking = QuestionSentences.Asking(question);
        foreach (Match m in YearAsked().Matches(question))
        {
            var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            var asksFigure = AsksForFigure().IsMatch(asking);
            if (year > latestYear && (m.Groups["rule"].Success || asksFigure))
            {
                return year;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\s*(?:since|now\s+that|given\s+that|because)\s+(?<premise>[^,?]*\b(?:rule|regulation|law|federal\s+government|CMS|congress|state)\b[^,?]*\b(?:banned|abolished|eliminated|repealed|removed|ended|waived|capped|prohibited|got\s+rid\s+of|did\s+away\s+with)\b[^,?]*),", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex RulePremise();

    [GeneratedRegex(@"\b(?:(?<rule>(?:ended|ends|expired|took\s+effect|effective|enacted|issued|published|finalized|adopted|passed)\s+(?:on\s+|in\s+)?(?:\w+\s+\d{1,2},\s+)?)|(?:in|for|during|of|as\s+of)\s+)?(?<year>20\d{2})(?:['’]s)?(?<rule>\s+(?:final\s+)?(?:rule|regulation|guidance|law|act|legislation))?\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex YearAsked();

    [GeneratedRegex(@"\b(?:how\s+much|how\s+many\s+dollars|what(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?(?:[\w%$.-]+\s+){0,5}(?:amount|premium|limit|allowance|payment|figure|rate|threshold|level|standard|cap|maximum|minimum|deductible|ceiling|cutoff|guidelines?|fpl|percent)s?)\b|\$|\d\s*%", RegexOptions.IgnoreCase)]
    private static partial Regex AsksForFigure();

    // A question that wants a dollar amount, not a percentage or a rule.
    [GeneratedRegex(@"\b(?:how\s+much|how\s+many\s+dollars|dollar\s+(?:amount|figure|limit)|what(?:'s|’s|\s+is|\s+was)\s+(?:the\s+)?(?:[\w-]+\s+){0,5}(?:amount|premium|allowance|payment|fee|price|cost))\b(?!\s+of\s+(?:time|days|notice))", RegexOptions.IgnoreCase)]
    private static partial Regex AsksForDollars();

    [GeneratedRegex(@"\$\s?\d|\bdollars?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Dollars();
}
