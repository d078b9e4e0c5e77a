using System.Globalization;
using System.Text.RegularExpressions;
using Eligibility.Core.Retrieval;

namespace Eligibility.Core.Answering;

/// <summary>
/// What a question takes as given before it asks ("Since CHIP now covers kids up to age 21, …", "Because the federal
/// rules cap estate recovery at $50,000, …", "Since a CHIP lockout lasts up to 6 months, …"): a change in the rules, or
/// a rule's figure, that the passages found must bear out; quoting them as if they did would endorse the premise.
/// </summary>
internal static partial class Premises
{
    /// <summary>Null when every premise the question states is the passages' own; otherwise why not, in one line.</summary>
    public static string? WhyNot(RetrievalResult result)
    {
        // "Since CHIP now covers kids up to age 21, …", "Because federal rules now require an asset test…": a change the
        // question takes as given, which manuals issued years before cannot confirm.
        if (ChangeTakenAsGiven().Match(result.Plan.Question) is { Success: true } change)
        {
            return $"The question takes as given that {change.Groups["premise"].Value.Trim().TrimEnd(',')}, which they do not say.";
        }

        // "Since the 2019 rule banned CHIP premiums, …": the question takes a rule change as given, which the passages
        // would have to confirm before anything else; quoting them as if they did would endorse the premise.
        if (((Regex[])[RulePremise(), AbolitionTakenAsGiven(), ReturnTakenAsGiven(), NoLongerRequired()]).Select(r => r.Match(result.Plan.Question)).FirstOrDefault(m => m.Success) is { } premise)
        {
            return $"The question takes as given that {premise.Groups["premise"].Value.Trim().TrimEnd(',')}, which they do not say.";
        }

        // "Since pregnancy Medicaid ends the day the baby is born, …": a premise that a passage found (any of them: the rule may
        // rank below the five an answer is drawn from) contradicts in its own words.
        foreach (var (taken, refuted, said) in Contradicted)
        {
            if (taken.Match(result.Plan.Question) is { Success: true } claim && result.Ranked.Any(p => refuted.IsMatch(p.Passage.Text)))
            {
                return $"The question takes as given that {claim.Groups["premise"].Value.Trim().TrimEnd(',')}, which they do not say: {said}.";
            }
        }

        // "The federal rules cap estate recovery at $50,000…", "the temporary 6.2 percentage point FMAP increase": a figure
        // given as a rule's own must be in the passages found, or the question is about a rule they do not have.
        if (StatedFigureWrong(result) is { } wrong)
        {
            return wrong;
        }

        return null;
    }

    /// <summary>
    /// Why a figure the question states as part of a rule ("the $2,000 asset limit", "a 6.2 percentage point increase",
    /// "caps recovery at $50,000") is not the passages' figure: none of the best passages holds it on the topic, or every
    /// one that does sets it as the other bound ("at least 5 percent" where they say "may not exceed 5 percent"); null
    /// when every such figure is there. Figures about the case ("income of $2,100", "130% of poverty", "a $12 visit") are
    /// not rules and are not checked: a table's ranges answer them without holding them.
    /// </summary>
    private static string? StatedFigureWrong(RetrievalResult result)
    {
        var question = result.Plan.Question;
        var figures = RuleFigure().Matches(question).Select(m => (Figure: m.Groups["figure"], Source: question))
            .Concat(PointsOfMatch().Matches(question).Select(m => (Figure: m.Groups["figure"], Source: question)))
            .Concat(CappedAt().Matches(question).Select(m => (Figure: m.Groups["figure"], Source: question)))
            .Concat(FiguresIn(ClaimedByRule().Match(question)))
            .Concat(ClaimedByRule().IsMatch(question) ? [] : FiguresIn(ClaimedDuty().Match(question)))
            .Concat(FiguresIn(StatedAsRule().Match(question)))
            .Concat(FiguresIn(ClaimedNow().Match(question)));
        foreach (var (figure, source) in figures)
        {
            var number = NumberOf(figure.Value);
            // The figure must be in the passages an answer is drawn from; where they do not hold it, the next five may
            // still show it set as the other bound, which is the better reason to give.
            var sentences = result.Ranked.Take(FiguresChecked).SelectMany(p => SentencesWithNumberOnTopic(result, p.Passage.Text, number)).ToList();
            var further = sentences.Count > 0 ? sentences : result.Ranked.Skip(FiguresChecked).Take(FiguresChecked).SelectMany(p => SentencesWithNumberOnTopic(result, p.Passage.Text, number)).ToList();
            var stated = further.Select(s => BoundOfNumber(s, number)).OfType<Bound>().ToList();
            if (BoundBefore(source[..figure.Index]) is { } claimed && stated.Count > 0 && stated.All(b => b != claimed))
            {
                return $"They set {figure.Value.Trim()} as {(claimed == Bound.Least ? "a most, not a least" : "a least, not a most")}, so the question's premise is not the rule.";
            }

            if (sentences.Count == 0)
            {
                return $"They do not give the figure the question takes as the rule ({figure.Value.Trim()}).";
            }
        }

        return null;
    }

    /// <summary>The figures of a claim the question makes ("MAGI renewals are every six months now"), each with the claim it is in.</summary>
    private static IEnumerable<(Group Figure, string Source)> FiguresIn(Match claim) =>
        claim.Success
            ? ClaimedFigure().Matches(claim.Groups["claim"].Value).Select(m => (Figure: m.Groups["figure"], Source: claim.Groups["claim"].Value))
            : [];

    // How a premise opens ("Since …", "Because …", "Given that …") and where the question after it starts (", how …", or the
    // end of the sentence): shared by every premise read below.
    private const string Opening = @"^\s*(?:since|now\s+that|given\s+that|because)\s+";

    private const string QuestionFollows = @"(?:,\s+(?:how|what|when|does|do|can|is|are|should|must|will|which|who|then)\b|\?|$)";

    private enum Bound
    {
        Least,
        Most,
    }

    /// <summary>The bound the words just before a figure set: "at least", "a minimum of" or "no more than", "may not exceed".</summary>
    private static Bound? BoundBefore(string before) =>
        LeastBefore().IsMatch(before) ? Bound.Least : MostBefore().IsMatch(before) ? Bound.Most : null;

    /// <summary>The bound a sentence sets on <paramref name="number"/>, where the words before a mention of it say.</summary>
    private static Bound? BoundOfNumber(string sentence, string number) =>
        NumberIn().Matches(sentence).Where(n => NumberOf(n.Value) == number).Select(n => BoundBefore(sentence[..n.Index])).FirstOrDefault(b => b is not null);

    [GeneratedRegex(@"\b(?:at\s+least|a\s+minimum\s+of|minimum(?:\s+of)?|no\s+less\s+than|not\s+less\s+than)\s*\$?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LeastBefore();

    [GeneratedRegex(@"\b(?:at\s+most|no\s+more\s+than|not\s+more\s+than|a\s+maximum\s+of|maximum(?:\s+of)?|up\s+to|(?:(?:may\s+|must\s+|does\s+|do\s+)?not\s+(?:to\s+)?)?(?:exceeds?|exceeding)|capped\s+at|a\s+cap\s+of)\s*\$?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex MostBefore();

    private static IEnumerable<string> SentencesWithNumberOnTopic(RetrievalResult result, string text, string number) =>
        SentenceSplitter.Split(text).Select(s => text[s.Start..s.End]).Where(sentence => HoldsNumberOnTopic(result, sentence, number));

    /// <summary>
    /// Whether a sentence of <paramref name="text"/> holds <paramref name="number"/> and, its figures aside, is about the
    /// question ("$50,000 per year … donation" is not about estate recovery).
    /// </summary>
    private static bool HoldsNumberOnTopic(RetrievalResult result, string text, string number)
    {
        foreach (var (start, end) in SentenceSplitter.Split(text))
        {
            var sentence = text[start..end];
            if ((NumberIn().Matches(sentence).Any(n => NumberOf(n.Value) == number && !IsParagraphNumber(sentence, n)) || NumberWordIn(sentence, number))
                && SupportScorer.Support(result.Plan, SupportScorer.StemsOf(NumberIn().Replace(sentence, " ")), result.Statistics) >= Answerability.AmountSentenceFloor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A paragraph's number ("(6) At the individual's request …"), not a figure.</summary>
    private static bool IsParagraphNumber(string sentence, Match number) =>
        number.Index > 0 && sentence[number.Index - 1] == '(' && number.Index + number.Length < sentence.Length && sentence[number.Index + number.Length] == ')';

    /// <summary>The number a figure is written with, without its sign, thousands separators or zero cents: "$2,000.00" is "2000", "six months" "6".</summary>
    private static string NumberOf(string figure)
    {
        if (MonthsSpoken.TryGetValue(Regex.Replace(figure.Trim().ToLowerInvariant(), @"\s+", " "), out var months))
        {
            return months;
        }

        if (NumberWords.ValueOf(figure.Split(' ', 2)[0]) is { } word)
        {
            return word.ToString(CultureInfo.InvariantCulture);
        }

        var digits = NumberIn().Match(figure).Value.Replace(",", "", StringComparison.Ordinal);
        return digits.Contains('.', StringComparison.Ordinal) ? digits.TrimEnd('0').TrimEnd('.') : digits;
    }

    /// <summary>How often or how long, as a number of months: "twice a year" is every 6 months, "a whole year" 12.</summary>
    private static readonly Dictionary<string, string> MonthsSpoken = new(StringComparer.Ordinal)
    {
        ["twice a year"] = "6",
        ["quarterly"] = "3",
        ["every other month"] = "2",
        ["a year"] = "12",
        ["a whole year"] = "12",
        ["a full year"] = "12",
    };

    /// <summary>Whether a sentence spells out the number ("three months" for 3).</summary>
    private static bool NumberWordIn(string sentence, string number) =>
        int.TryParse(number, CultureInfo.InvariantCulture, out var n) && NumberWords.WordFor(n) is { } word
        && Regex.IsMatch(sentence, $@"\b{word}\b", RegexOptions.IgnoreCase);

    /// <summary>
    /// The passages an answer is drawn from (<c>Answering:PassagesConsidered</c>): a figure further down is another rule's
    /// ("up to six months" for SSI groups is not the renewal period), and an answer from these five could not bear it out.
    /// </summary>
    private const int FiguresChecked = 5;

    [GeneratedRegex(@"\d[\d,]*(?:\.\d+)?")]
    private static partial Regex NumberIn();

    // A requirement taken to be dropped: "Now that fair hearing decisions don't have to be in writing anymore, …".
    [GeneratedRegex(Opening + @"(?<premise>[^?,]*?\b(?:(?:don['’]t|doesn['’]t|do\s+not|does\s+not)\s+(?:have|need)\s+to\b[^?,]*?\banymore|no\s+longer\s+(?:have|has|need|needs)\s+to)\b[^?,]*)" + QuestionFollows, RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex NoLongerRequired();

    // Coverage taken to end at the birth: "Since a pregnant woman's Medicaid ends the day the baby's born, …", "Because her
    // coverage stops when she delivers, …".
    [GeneratedRegex(Opening + @"(?<premise>[^?,]*?\b(?:medicaid|medi-cal|coverage|chip|eligibility|benefits?)\b[^?,]*?\b(?:ends?|stops?|is\s+over|cuts?\s+off|terminates?)\b[^?,]*?\b(?:born|birth|delivers?|delivery|has\s+the\s+baby|gives\s+birth)\b[^?,]*)" + QuestionFollows, RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex EndsAtBirth();

    /// <summary>Premises the manuals contradict, each with the words that do and what they say instead.</summary>
    private static readonly (Regex Premise, Regex Refuted, string Said)[] Contradicted =
    [
        (EndsAtBirth(), PostpartumPeriod(), "they cover her through a postpartum period after the pregnancy ends"),
        (ResidencyWait(), NoDurationalResidency(), "they bar denying Medicaid because someone has not lived in the state for a set time"),
        (PregnantMustCooperate(), PregnantExempt(), "pregnant women are exempt from cooperating in establishing a child's paternity"),
    ];

    // A wait to become a resident: "Since folks who just moved here have to wait out the residency waiting period, …".
    [GeneratedRegex(Opening + @"(?<premise>[^?,]*?\b(?:residency|residence|durational)\s+(?:waiting\s+period|wait|requirement\s+of\s+\d+)[^?,]*|[^?,]*?\bwait\s+(?:out\s+)?(?:the\s+)?(?:\d+|a|one|six|three)?\s*(?:days?|months?|years?)?\s*(?:to\s+(?:establish|become)\s+)?(?:residency|a\s+resident)[^?,]*)" + QuestionFollows, RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex ResidencyWait();

    [GeneratedRegex(@"has\s+not\s+resided\s+in\s+the\s+State\s+for\s+a\s+specified\s+period", RegexOptions.IgnoreCase)]
    private static partial Regex NoDurationalResidency();

    // "Since pregnant women now have to name the father and cooperate with child support, …".
    [GeneratedRegex(Opening + @"(?<premise>[^?,]*?\bpregnan\w*[^?,]*?\b(?:has\s+to|have\s+to|must|required\s+to)\s+(?:name|identify|cooperate|help)\b[^?]*?)" + QuestionFollows, RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex PregnantMustCooperate();

    [GeneratedRegex(@"\(pregnant\s+women\),\s+who\s+are\s+exempt\s+from\s+cooperating", RegexOptions.IgnoreCase)]
    private static partial Regex PregnantExempt();

    [GeneratedRegex(@"\bpost-?partum\s+period\b", RegexOptions.IgnoreCase)]
    private static partial Regex PostpartumPeriod();

    // A figure naming a rule: an amount or percentage right before what it limits ("$2,000 asset limit", "6.2
    // percentage point FMAP increase", "5 percent cap").
    [GeneratedRegex(@"(?<figure>\$\s?\d[\d,]*(?:\.\d+)?|\b\d+(?:\.\d+)?\s*(?:%|percent(?:age[\s-]points?)?|(?:percentage\s+)?points?\b))[\s-]+(?:(?!(?:of|the|a|an|for|per|in|to)\b)[\w-]+\s+){0,2}?(?:asset|resource|property|income|premium|cost[\s-]sharing|estate)?\s*(?:limit|cap|ceiling|threshold|increase|reduction|disregard|deductible|penalty|fine|match|standard)s?\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex RuleFigure();

    // Points of federal match a state is said to claim: "the extra 6.2 points of federal match".
    [GeneratedRegex(@"(?<figure>\b\d+(?:\.\d+)?\s*(?:percentage\s+)?points?)\s+(?:of\s+)?(?:the\s+)?(?:extra\s+|additional\s+|increased\s+)?(?:federal\s+)?(?:medicaid\s+)?(?:match|matching|fmap|increase)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex PointsOfMatch();

    // A rule the question cites as its premise: "Since the federal CHIP rule says kids have to go six months without
    // coverage, how do I count…", "Because the hearing rules give a client $100 when she wins, …".
    [GeneratedRegex(Opening + @"(?<claim>[^?]*?\b(?:rules?|regulations?|laws?|CFR|CMS)\b[^?]*?)" + QuestionFollows, RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex ClaimedByRule();

    // A change in a program or its rules, taken as given: "Since CHIP now covers…", "Because the federal rules no longer…",
    // "Since CHIP isn't allowed to charge premiums anymore, …"; not a change in the case ("Since Medicaid now covers her, …").
    [GeneratedRegex(Opening + @"(?<premise>(?:the\s+)?(?:federal\s+|new\s+|state\s+)?(?:(?:rules?|regulations?|law|cms|chip|medicaid|medi-cal|magi|the\s+aca|aca|congress|federal\s+government)\s+(?:now|no\s+longer)|(?:rules?|regulations?|law|cms|chip|medicaid|medi-cal|congress|federal\s+government|states)\s+(?:isn['’]t|is\s+not|aren['’]t|are\s+not|can['’]t|cannot)\b(?=[^,?]*\banymore\b))\b(?![^,?]*\b(?:her|him|them|his|their|she|he|they|the\s+(?:client|child|kid|family|baby|mom|dad|applicant|beneficiary))\b)[^,?]*),", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex ChangeTakenAsGiven();

    // A duty or a span the question states as its premise, of a program or the agency rather than of the person in the
    // case: "Because MAGI Medicaid has to be renewed every six months, …", "Since a CHIP lockout lasts up to 6 months, …"
    // (not "Since she has to pay $40 a month, …").
    [GeneratedRegex(Opening + @"(?!(?:she|he|they|i|you|my|her|his|their|the\s+(?:client|family|mom|dad|mother|father|applicant|beneficiary|child|kid|parent|household|person|man|woman)s?)\b)(?<claim>[^?,]*?\b(?:has\s+to|have\s+to|must|(?:is|are)\s+required\s+to|can\s+only|may\s+only|goes\s+back|go\s+back|reach(?:es)?\s+back|makes?\s+(?:kids|children|families|people|them|everyone)\s+(?:go|wait)|(?:only\s+)?keeps?|(?:can|may)\s+be\s+charged|lasts?|runs?|starts?|begins?|ends?|covers?|pays?|allows?|gives?|gets?|(?:has|have)\s+an?|can\s+go|as\s+(?:high|much|long)\s+as)\b[^?]*?)" + QuestionFollows, RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex ClaimedDuty();

    // A figure within such a premise: an amount, a count of months, days, weeks, years or percent, or how often or long
    // ("twice a year" is every 6 months, "a whole year" 12).
    [GeneratedRegex(@"(?<figure>\$\s?\d[\d,]*(?:\.\d+)?|\btwice\s+a\s+year\b|\ba\s+(?:whole\s+|full\s+)?year\b|\bquarterly\b|\bevery\s+other\s+month\b|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]+(?:calendar[\s-]+|business[\s-]+|working[\s-]+)?(?:months?|days?|weeks?|years?|percent)\b|\bage\s+\d+\b)", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex ClaimedFigure();

    // A rule stated as fact before the question, with no "since" to open it: "The reasonable opportunity period to prove
    // citizenship is only 30 days, so …", "People approved for SSI have to wait 24 months before their Medicaid starts."
    [GeneratedRegex(@"^\s*(?<claim>(?:(?:the|a|an)\s+)?(?:(?:[\w-]+\s+){0,5}(?:period|deadline|limit|lockout|window|time\s*frame|timeline)|people|applicants|beneficiaries|enrollees|families|kids|children|everyone|everybody|clients)\b(?:[^.?!,]*?\b(?:is|are)\s+(?:only|just)\b|[^.?!,]*?\b(?:have\s+to|has\s+to|must|can\s+only|may\s+only|lasts?|runs?)\b)[^.?!]*?)(?:[.?!]|,\s+so\b)", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex StatedAsRule();

    // A rule said to set a figure: "cap estate recovery at $50,000", "limits premiums to 5 percent".
    [GeneratedRegex(@"\b(?:caps?|capped|limits?|limited|sets?|fix(?:es|ed)?)\b[^.?!,;]{0,40}?\b(?:at|to)\s+(?<figure>\$\s?\d[\d,]*(?:\.\d+)?|\d+(?:\.\d+)?\s*(?:%|percent))", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex CappedAt();

    // Something abolished by no one named, taken as given: "Since they did away with the personal needs allowance, …", "Now
    // that Medicaid's claim against estates was abolished, …" (the verbs are a rule's end; "Since they dropped her
    // coverage" is the case and is not matched).
    [GeneratedRegex(Opening + @"(?<premise>(?:(?:they|the\s+feds|feds|the\s+government|medicaid|chip|cms|congress)\s+(?:did\s+away\s+with|abolished|eliminated|repealed|scrapped|got\s+rid\s+of)|[^,?]*\b(?:was|were|has\s+been|have\s+been|got)\s+(?:abolished|eliminated|repealed|scrapped|done\s+away\s+with))\b[^,?]*),", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex AbolitionTakenAsGiven();

    // A rule said to be back, taken as given: "Now that the asset test is back for MAGI Medicaid, …".
    [GeneratedRegex(Opening + @"(?<premise>(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:tests?|limits?|rules?|requirements?|lock-?outs?|waiting\s+periods?|premiums?|co-?pays?|enrollment\s+fees?)\s+(?:is|are|came|has\s+come|have\s+come)\s+back\b[^,?]*),", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex ReturnTakenAsGiven();

    // A rule's figure said to be so now: "Since MAGI renewals are every six months now, …", "Since MAGI Medicaid went to
    // 6-month renewals, …"; the figure is checked against the passages, as any other rule's figure is.
    [GeneratedRegex(Opening + @"(?!(?:she|he|they|i|you|my|her|his|their|the\s+(?:client|family|mom|dad|mother|father|applicant|beneficiary|child|kid|baby|parent|household|person|man|woman)s?)\b)(?<claim>[^?,]*?\b(?:now|anymore|went\s+to|switched\s+to|moved\s+to|changed\s+to)\b[^?,]*)" + QuestionFollows, RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex ClaimedNow();

    // A rule change taken as given: "Since the 2019 rule banned CHIP premiums, …".
    [GeneratedRegex(Opening + @"(?<premise>[^,?]*\b(?:rule|regulation|law|requirement|federal\s+government|CMS|congress|state)\b[^,?]*\b(?:banned|abolished|eliminated|repealed|removed|ended|waived|capped|prohibited|dropped|scrapped|lifted|got\s+rid\s+of|did\s+away\s+with)\b[^,?]*),", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex RulePremise();
}
