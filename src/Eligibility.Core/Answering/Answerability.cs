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

        if (result.LatestEffective is { } latest && YearAfter(result.Plan.Question, latest.Year) is { } year)
        {
            return $"They were issued on or before {latest:yyyy-MM-dd}, so they cannot give {year}'s figures or rules.";
        }

        if (result.UnknownNames.Count > 0)
        {
            return $"They do not mention {string.Join(", ", result.UnknownNames.Select(n => $"\"{n}\""))}.";
        }

        // "Since the 2019 rule banned CHIP premiums, …": the question takes a rule change as given, which the passages
        // would have to confirm before anything else; quoting them as if they did would endorse the premise.
        if (RulePremise().Match(result.Plan.Question) is { Success: true } premise)
        {
            return $"The question takes as given that {premise.Groups["premise"].Value.Trim().TrimEnd(',')}, which they do not say.";
        }

        // Asked as of a past date about something a later version covers far better: the earlier text only shares words with it.
        var inScope = result.Passages.Take(3).Max(p => p.Support);
        if (result.Later is { } later && later.Support >= LaterSupportFloor && later.Support - inScope >= LaterMargin)
        {
            return $"The version of {later.Version.ManualId} that covers this, {later.Version.Version}, took effect on {later.EffectiveDate:yyyy-MM-dd}, after this date.";
        }

        // Asked for a phone number, an address, a website or a form, the passages that would be quoted must hold one.
        if (ContactAsked(QuestionSentences.Asking(result.Plan.Question)) is { } contact && !result.Passages.Take(3).Any(p => contact.Given.IsMatch(p.Passage.Text)))
        {
            return $"They give no {contact.Kind} for this.";
        }

        // Asked for a dollar amount, the passages that would be quoted hold none: they discuss it, but cannot give it.
        if (AsksForDollars().IsMatch(QuestionSentences.Asking(result.Plan.Question)) && !result.Passages.Take(3).Any(p => HoldsAmountOnTopic(result, p.Passage.Text)))
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
        if (NamedRule().Match(question) is { Success: true } named && int.Parse(named.Groups["year"].Value, CultureInfo.InvariantCulture) > latestYear)
        {
            return int.Parse(named.Groups["year"].Value, CultureInfo.InvariantCulture);
        }

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

    /// <summary>What kind of contact detail the question asks for, and what one looks like in a passage.</summary>
    private static (string Kind, Regex Given)? ContactAsked(string asking) =>
        PhoneAsked().IsMatch(asking) ? ("phone number", PhoneGiven())
        : AddressAsked().IsMatch(asking) ? ("address", AddressGiven())
        : WebsiteAsked().IsMatch(asking) ? ("website", WebsiteGiven())
        : FormAsked().IsMatch(asking) ? ("form name or number", FormGiven())
        : null;

    [GeneratedRegex(@"\b(?:phone|telephone|fax)\s+(?:number|line)s?\b|\bwhat\s+number\s+(?:do|does|should|can)\b|\bnumber\s+to\s+call\b", RegexOptions.IgnoreCase)]
    private static partial Regex PhoneAsked();

    [GeneratedRegex(@"\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|\b1-8\d\d-")]
    private static partial Regex PhoneGiven();

    [GeneratedRegex(@"\b(?:street|mailing|office|physical)\s+address(?:es)?\b|\bwhere\s+is\s+the\s+\w+\s+office\b", RegexOptions.IgnoreCase)]
    private static partial Regex AddressAsked();

    [GeneratedRegex(@"\b\d{1,5}\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.|Avenue|Ave\.|Boulevard|Blvd\.|Road|Rd\.|Drive|Dr\.|Way|Suite)\b|\bP\.?\s?O\.?\s+Box\s+\d+")]
    private static partial Regex AddressGiven();

    [GeneratedRegex(@"\b(?:website|web\s+site|web\s+page|url|web\s+address)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WebsiteAsked();

    [GeneratedRegex(@"\bhttps?://|\bwww\.|\b[\w-]+\.(?:gov|org|com)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WebsiteGiven();

    [GeneratedRegex(@"\b(?:what|which)\s+(?:form|forms|paperwork)\b(?!\s+of\b)|\bform\s+(?:name|number)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FormAsked();

    // A named or numbered form: "Form SSA-827", "CMS-2728", "DHCS 7077", "form MC 210".
    [GeneratedRegex(@"\b(?:[Ff]orm\s+)?[A-Z]{2,6}[\s-]?\d{2,5}[A-Z]?\b")]
    private static partial Regex FormGiven();

    [GeneratedRegex(@"^\s*(?:since|now\s+that|given\s+that|because)\s+(?<premise>[^,?]*\b(?:rule|regulation|law|federal\s+government|CMS|congress|state)\b[^,?]*\b(?:banned|abolished|eliminated|repealed|removed|ended|waived|capped|prohibited|got\s+rid\s+of|did\s+away\s+with)\b[^,?]*),", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex RulePremise();

    // A rule or law named with its year: "the 2024 Medicaid access final rule", "the Consolidated Appropriations Act, 2023",
    // "the Inflation Reduction Act of 2022".
    [GeneratedRegex(@"\b(?<year>20\d{2})\s+(?:[\w-]+\s+){0,6}?(?i:final\s+)?(?i:rule|regulation|law|act|legislation)\b|\b[A-Z][\w-]*\s+(?:[A-Z][\w-]*\s+)*Act,?\s+(?:of\s+)?(?<year>20\d{2})\b", RegexOptions.ExplicitCapture)]
    private static partial Regex NamedRule();

    [GeneratedRegex(@"\b(?:(?<rule>(?:ended|ends|expired|took\s+effect|effective|enacted|issued|published|finalized|adopted|passed)\s+(?:on\s+|in\s+)?(?:\w+\s+\d{1,2},\s+)?)|(?:in|for|during|of|as\s+of)\s+)?(?<year>20\d{2})(?:['’]s)?(?<rule>\s+(?:final\s+)?(?:rule|regulation|guidance|law|act|legislation))?\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex YearAsked();

    [GeneratedRegex(@"\b(?:how\s+much|how\s+many\s+dollars|what(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?(?:[\w%$.-]+\s+){0,5}(?:amount|premium|limit|allowance|payment|figure|rate|threshold|level|standard|cap|maximum|minimum|deductible|ceiling|cutoff|guidelines?|fpl|percent)s?)\b|\$|\d\s*%", RegexOptions.IgnoreCase)]
    private static partial Regex AsksForFigure();

    // A question that wants a dollar amount, not a percentage or a rule.
    [GeneratedRegex(@"\b(?:how\s+much|how\s+many\s+dollars|dollar\s+(?:amount|figure|limit)|what(?:'s|’s|\s+is|\s+was)\s+(?:the\s+)?(?:[\w-]+\s+){0,5}(?:amount|premium|allowance|payment|fee|price|cost))\b(?!\s+of\s+(?:time|days|notice))", RegexOptions.IgnoreCase)]
    private static partial Regex AsksForDollars();

    // An amount: "$30", "$2.30", "10 dollars"; not "dollar limits" or "state dollars".
    [GeneratedRegex(@"\$\s?\d|\b\d[\d,.]*\s+dollars?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Dollars();

    /// <summary>
    /// Whether a sentence of <paramref name="text"/> (a table row counts as one) holds an amount and covers enough of
    /// the question to be about what it asks: "$30 … AFDC earnings disregard" does not give a Medicare premium.
    /// </summary>
    private const double AmountSentenceFloor = 0.15;

    /// <summary>A later version answers the question when its best passage covers at least half of it, and a quarter more than the versions in effect do.</summary>
    private const double LaterSupportFloor = 0.5;

    private const double LaterMargin = 0.25;

    private static bool HoldsAmountOnTopic(RetrievalResult result, string text)
    {
        foreach (var (start, end) in SentenceSplitter.Split(text))
        {
            var sentence = text[start..end];
            if (Dollars().IsMatch(sentence) && (sentence.Contains(" | ", StringComparison.Ordinal) || SupportScorer.Support(result.Plan, SupportScorer.StemsOf(sentence), result.Statistics) >= AmountSentenceFloor))
            {
                return true;
            }
        }

        return false;
    }
}
