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
        if (OutOfScopeRequests.WhyNot(result.Plan.Question) is { } request)
        {
            return request;
        }

        if (OtherProgramsRules.WhyNot(result.Plan.Question) is { } elsewhere)
        {
            return elsewhere;
        }

        if (StateChoices.WhyNot(result.Plan.Question) is { } chosen)
        {
            return chosen;
        }

        if (VagueQuestions.NamesNoSubject(result.Plan))
        {
            return VagueQuestions.Reason;
        }

        if (VagueQuestions.LeavesOutItsFigures(result.Plan.Question))
        {
            return VagueQuestions.FiguresReason;
        }

        if (VagueQuestions.LeavesOutTheIncomeForACharge(result.Plan.Question))
        {
            return VagueQuestions.ChargeReason;
        }

        if (VagueQuestions.LeavesOutADateForADeadline(result.Plan.Question))
        {
            return VagueQuestions.DateReason;
        }

        if (result.Ranked.Count == 0)
        {
            return "No passage in them is on this.";
        }

        if (result.LatestEffective is { } latest && YearAfter(result.Plan.Question, latest.Year, result.AsOf) is { } year)
        {
            return $"They were issued on or before {latest:yyyy-MM-dd}, so they cannot give {year}'s figures or rules.";
        }

        if (result.UnknownNames.Count > 0)
        {
            return $"They do not mention {string.Join(", ", result.UnknownNames.Select(n => $"\"{n}\""))}.";
        }

        // "…because the state is taking the extra COVID money. Do we have to keep her on?", asked as of a date before the
        // version that brought COVID in: the question is about that version's rule. So when the name is asked about, or
        // the story speaks of it as a rule or money; a story that only tells of it ("she moved in with her sister during
        // the COVID shutdown. Which state covers her?") is still answered from the rules it asks about.
        if (result.Later?.NewNames.FirstOrDefault(n => RuleSpokenOf(result.Plan.Question, n.Name)) is ({ } name, { } version))
        {
            return $"They do not mention \"{name}\"; the version of {version.Key.ManualId} that does, {version.Key.Version}, took effect on {version.EffectiveDate:yyyy-MM-dd}, after this date.";
        }

        if (result.UnknownLaws.Count > 0)
        {
            return $"The question rests on {string.Join(" and ", result.UnknownLaws.Select(LawAsNamed))}, which they do not mention.";
        }

        // A premise the question takes as given (a change in the rules, a rule's figure, a duty or a span with its figure)
        // that the passages do not bear out: quoting them as if they did would endorse it.
        if (Premises.WhyNot(result) is { } premise)
        {
            return premise;
        }

        // Asked as of a past date about something a later version covers far better: the earlier text only shares words with it.
        var inScope = result.Ranked.Take(3).Max(p => p.Support);
        if (result.Later is { } later && later.Support >= LaterSupportFloor && later.Support - inScope >= LaterMargin)
        {
            return $"The version of {later.Version.ManualId} that covers this, {later.Version.Version}, took effect on {later.EffectiveDate:yyyy-MM-dd}, after this date.";
        }

        // Asked for a phone number, an address, a website or a form, the passages that would be quoted must hold one.
        if (ContactAsked(QuestionSentences.Asking(result.Plan.Question)) is { } contact && !result.Ranked.Take(3).Any(p => contact.Given.IsMatch(p.Passage.Text)))
        {
            return $"They give no {contact.Kind} for this.";
        }

        // Asked which county is responsible ("which county keeps her case open during the transfer?"), the passages that
        // would be quoted must speak of counties: manuals that never do cannot say which one.
        if (CountyAsked().IsMatch(QuestionSentences.Asking(result.Plan.Question)) && !result.Ranked.Take(3).Any(p => CountyGiven().IsMatch(p.Passage.Text)))
        {
            return "They say nothing of counties here, so not which county is responsible.";
        }

        // Asked for a dollar amount, the passages that would be quoted hold none: they discuss it, but cannot give it.
        if (AsksForDollars().IsMatch(QuestionSentences.Asking(result.Plan.Question)) && !result.Ranked.Take(3).Any(p => HoldsAmountOnTopic(result, p.Passage.Text)))
        {
            return "They give no dollar amount for this.";
        }

        // "A family of three earns $3,400 a month. Do they qualify?": weighing an income needs a dollar limit on income
        // ("$10 million" for a CHIP spending limit is not one, however much of a short question it covers).
        if (IncomeGiven().Match(result.Plan.Question) is { Success: true } income && ComparisonAsked().IsMatch(QuestionSentences.Asking(result.Plan.Question))
            && !result.Ranked.Take(3).Any(p => HoldsAmountOnTopic(result, p.Passage.Text, IncomeWord())))
        {
            return $"They give no dollar limit to weigh {income.Groups["amount"].Value} against.";
        }

        // The floor is lower when the search agrees with itself: the best passage's section also holds another of the
        // best five (a long story around a short question covers little of it, but finds one place over and over).
        var support = result.Ranked.Take(3).Max(p => p.Support);
        var floor = SectionAgreed(result.Ranked) ? options.AgreedRelevanceFloor : options.RelevanceFloor;
        return support < floor
            ? "The closest passages cover too little of the question."
            : null;
    }

    /// <summary>
    /// Whether a sentence naming <paramref name="name"/> asks, or speaks of a rule, a condition or money; or the question
    /// asks about the federal match the story's emergency brought ("During the coronavirus emergency, … does that still
    /// count as keeping her enrolled for the bigger federal match?").
    /// </summary>
    private static bool RuleSpokenOf(string question, string name) =>
        SentenceSplitter.Split(question).Select(s => question[s.Start..s.End])
            .Where(s => Regex.IsMatch(s, $@"\b{Regex.Escape(name)}", RegexOptions.IgnoreCase))
            .Any(s => s.TrimEnd().EndsWith('?') || RuleTalk().IsMatch(s))
        || MatchTalk().IsMatch(QuestionSentences.Asking(question));

    /// <summary>A law as a sentence names it: "the Affordable Care Act", "H.R. 1", "the Families First law".</summary>
    private static string LawAsNamed(string law) =>
        law.StartsWith("H.R.", StringComparison.Ordinal) ? law
        : law.Split(' ')[^1] is "Act" or "Law" or "Rule" or "Amendment" or "Amendments" or "Plan" or "Bill" ? $"the {law}"
        : $"the {law} law";

    [GeneratedRegex(@"\b(?:federal\s+match(?:ing)?|match(?:ing)?\s+(?:rate|money|funds)|fmap|extra\s+federal|federal\s+(?:money|funds|funding|bump)|bump)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MatchTalk();

    [GeneratedRegex(@"\b(?:rules?|regulations?|laws?|conditions?|requirements?|policy|policies|money|funds?|funding|match(?:ing)?|fmap|federal|bump|increase|protections?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RuleTalk();

    /// <summary>
    /// A year later than <paramref name="latestYear"/> that the question asks about: a figure for it ("the 2024 premium",
    /// "in 2025", "for 2024") or a rule from it ("the 2024 final rule", "ended on March 31, 2023").
    /// </summary>
    private static int? YearAfter(string question, int latestYear, DateOnly asOf)
    {
        var asking = QuestionSentences.Asking(question);

        // "…this year", "…next year": the year of the date asked about, for a figure or a date ("when does it end").
        if (RelativeYear().Match(asking) is { Success: true } relative && (AsksForFigure().IsMatch(asking) || AsksForDate().IsMatch(asking)))
        {
            var year = asOf.Year + (relative.Value.Contains("next", StringComparison.OrdinalIgnoreCase) ? 1 : 0);
            if (year > latestYear)
            {
                return year;
            }
        }

        // "What's the current federal poverty level for a family of three?": the poverty guidelines in dollars change every
        // year, so today's are the as-of year's ("the current FPL percentage for the adult group" is a rule, not them).
        if (RelativeNow().IsMatch(asking) && PovertyGuideline().IsMatch(asking) && AsksForFigure().IsMatch(asking) && !PercentWord().IsMatch(asking) && asOf.Year > latestYear)
        {
            return asOf.Year;
        }

        // "…wants to know the standard Part B premium amount right now. What is it per month?": an amount set anew each year
        // (a Medicare premium, the SSI payment, a cost-of-living raise), asked for as it is today.
        if (RelativeNow().IsMatch(question) && YearlyAmount().IsMatch(question) && (AsksForFigure().IsMatch(asking) || AsksForDollars().IsMatch(asking) || PerPeriod().IsMatch(asking)) && asOf.Year > latestYear)
        {
            return asOf.Year;
        }

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

    [GeneratedRegex(@"\b(?:what|which)\s+(?:county|counties|county's|county’s)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountyAsked();

    [GeneratedRegex(@"\bcount(?:y|ies)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountyGiven();

    [GeneratedRegex(@"\b(?:what|which)\s+(?:form|forms|paperwork)\b(?!\s+of\b)|\bform\s+(?:name|number)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FormAsked();

    // A named or numbered form: "Form SSA-827", "CMS-2728", "DHCS 7077", "form MC 210".
    [GeneratedRegex(@"\b(?:[Ff]orm\s+)?[A-Z]{2,6}[\s-]?\d{2,5}[A-Z]?\b")]
    private static partial Regex FormGiven();

    // A rule or law named with its year: "the 2024 Medicaid access final rule", "the Consolidated Appropriations Act, 2023",
    // "the Inflation Reduction Act of 2022".
    [GeneratedRegex(@"\b(?<year>20\d{2})\s+(?:[\w-]+\s+){0,6}?(?i:final\s+)?(?i:rule|regulation|law|act|legislation)\b|\b[A-Z][\w-]*\s+(?:[A-Z][\w-]*\s+)*Act,?\s+(?:of\s+)?(?<year>20\d{2})\b", RegexOptions.ExplicitCapture)]
    private static partial Regex NamedRule();

    [GeneratedRegex(@"\b(?:(?<rule>(?:ended|ends|end|expired|expire|took\s+effect|take\s+effect|effective|enacted|issued|published|finalized|adopted|passed)\s+(?:on\s+|in\s+)?(?:\w+\s+\d{1,2},\s+)?)|(?:in|for|during|of|as\s+of)\s+)?(?<year>20\d{2})(?:['’]s)?(?<rule>\s+(?:(?!(?:for|in|of|to|on|and|or|the|a|an)\b)[\w-]+\s+){0,2}?(?:final\s+)?(?:rule|regulation|guidance|law|act|legislation|extension|expansion|changes?|updates?|provisions?|requirements?|policy|option|waiver|mandate|flexibilit(?:y|ies)|budget|bill))?\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex YearAsked();

    [GeneratedRegex(@"\b(?:this|the\s+current|this\s+coming|next)\s+(?:calendar\s+|plan\s+|fiscal\s+)?year\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeYear();

    [GeneratedRegex(@"\b(?:current|today['’]s|right\s+now|nowadays|as\s+of\s+today)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeNow();

    [GeneratedRegex(@"\b(?:(?:federal\s+)?poverty\s+(?:level|line|guidelines?)|fpl)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PovertyGuideline();

    // Amounts set anew every year by another program: Medicare's premiums and deductibles, the SSI payment, a COLA.
    [GeneratedRegex(@"\b(?:part\s+[abd]\s+(?:\w+\s+)?(?:premium|deductible)s?|(?:ssi|ssp)\s+(?:payment|benefit|check|rate)s?|federal\s+benefit\s+rate|cost[\s-]of[\s-]living\s+(?:adjustment|increase|raise)|cola)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearlyAmount();

    [GeneratedRegex(@"\b(?:what\s+is\s+it|what's\s+it|how\s+much\s+is\s+it)\b.*\bper\s+(?:month|year|week)\b|\bper\s+month\b", RegexOptions.IgnoreCase)]
    private static partial Regex PerPeriod();

    [GeneratedRegex(@"%|\bpercent", RegexOptions.IgnoreCase)]
    private static partial Regex PercentWord();

    // A date asked for: "when does open enrollment end", "when is the renewal due".
    [GeneratedRegex(@"\bwhen\s+(?:does|do|is|are|will|did)\b[^?.!]*\b(?:end|ends|start|starts|begin|begins|close|closes|open|opens|due|expire|expires)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksForDate();

    [GeneratedRegex(@"\b(?:how\s+much|how\s+many\s+dollars|what(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?(?:[\w'’%$.-]+\s+){0,5}(?:amount|premium|limit|allowance|payment|figure|rate|threshold|level|line|standard|cap|maximum|minimum|deductible|copay|co-pay|copayment|ceiling|cutoff|guidelines?|fpl|percent)s?)\b|\$|\d\s*%", RegexOptions.IgnoreCase)]
    private static partial Regex AsksForFigure();

    // A question that wants a dollar amount, not a percentage or a rule.
    [GeneratedRegex(@"\b(?:how\s+much(?!\s+(?:advance\s+|more\s+|prior\s+|lead\s+)?(?:notice|time|warning)\b)(?!\s+of\s+(?:his|her|their|the)\s+(?:own\s+|monthly\s+)?(?:check|income|money|social\s+security|pension|ssi)\b)(?!\s+(?:does|do|can|will)\s+(?:he|she|they)\s+(?:get\s+to\s+)?keep\b)|how\s+many\s+dollars|dollar\s+(?:[\w-]+\s+)?(?:amount|figure|limit|cutoff|threshold|ceiling|level)|what\s+(?:[\w-]+\s+)?fines?|what(?:'s|’s|\s+is|\s+was)\s+(?:the\s+)?(?:[\w-]+\s+){0,5}(?:amount|premium|allowance|payment|fee|price|cost|benefit\s+rate))\b(?!\s+of\s+(?:time|days|notice))", RegexOptions.IgnoreCase)]
    private static partial Regex AsksForDollars();

    // An amount the case has: "earns $3,400 a month", "her income is $2,100".
    [GeneratedRegex(@"\b(?:earns?|earning|makes?|making|gets?|receives?|brings?\s+in|income\s+(?:is|of|was)|paid)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+|under\s+|just\s+)?(?<amount>\$[\d,]+(?:\.\d+)?(?:\s+(?:a|per|each)\s+(?:month|year|week))?)", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex IncomeGiven();

    // Asked whether it is within a limit: "do they qualify", "is she over", "too much".
    [GeneratedRegex(@"\b(?:qualify|qualifies|eligible|over|under|above|below|exceeds?|too\s+much|within)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ComparisonAsked();

    // An amount: "$30", "$2.30", "10 dollars"; not "dollar limits" or "state dollars".
    [GeneratedRegex(@"\$\s?\d|\b\d[\d,.]*\s+dollars?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Dollars();

    [GeneratedRegex(@"\b(?:income|earnings|earned|wages)\b", RegexOptions.IgnoreCase)]
    private static partial Regex IncomeWord();

    /// <summary>
    /// Whether a sentence of <paramref name="text"/> (a table row counts as one) holds an amount and covers enough of
    /// the question to be about what it asks: "$30 … AFDC earnings disregard" does not give a Medicare premium.
    /// </summary>
    internal const double AmountSentenceFloor = 0.15;

    /// <summary>
    /// A later version answers the question when its best passage covers at least half of it, and a tenth more than the
    /// versions in effect do (chosen on the tuning files: 0.05 and 0.10 refuse nothing answerable there; 0.25 let one
    /// as-of trap through).
    /// </summary>
    private const double LaterSupportFloor = 0.5;

    private const double LaterMargin = 0.10;

    private static bool SectionAgreed(IReadOnlyList<RetrievedPassage> passages)
    {
        var top = passages[0].Passage;
        return passages.Take(5).Skip(1).Any(p => p.Passage.ManualId == top.ManualId && p.Passage.Version == top.Version && p.Passage.SectionPath.Equals(top.SectionPath));
    }

    private static bool HoldsAmountOnTopic(RetrievalResult result, string text, Regex? about = null)
    {
        foreach (var (start, end) in SentenceSplitter.Split(text))
        {
            var sentence = text[start..end];
            if (Dollars().IsMatch(sentence) && (sentence.Contains(" | ", StringComparison.Ordinal)
                || (SupportScorer.Support(result.Plan, SupportScorer.StemsOf(sentence), result.Statistics) >= AmountSentenceFloor && (about is null || about.IsMatch(sentence)))))
            {
                return true;
            }
        }

        return false;
    }
}
