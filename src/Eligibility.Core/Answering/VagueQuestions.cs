using System.Text.RegularExpressions;
using Eligibility.Core.Retrieval;

namespace Eligibility.Core.Answering;

/// <summary>
/// A question that never says what it is about ("How long does she have to do it?", "She turned the form in late. Is
/// that okay?"): every word of it is a pronoun, a time, a generic act or a generic thing, so any passage with a deadline
/// in it would match. Asked first in a conversation it gets no answer but a request to name the subject; a follow-up
/// is searched with its rewrite, which carries the subject from the earlier turns.
/// </summary>
public static partial class VagueQuestions
{
    /// <summary>
    /// True when the question asks whether someone is within a limit ("Is she under the income limit?") and gives no
    /// figure at all, or whether someone qualifies for a program or an income-tested group ("Does he qualify for the adult
    /// group?", "Is she eligible?", "Which program do I put him in?") and says nothing of income: the manuals set the rule,
    /// and whether it is met turns on her income and the state's own standard. A limit named for a group ("Is she over the
    /// income limit for the adult group?") is still a rule to quote, and a group whose door is not income (a former foster
    /// child, a pregnancy, SSI) is answered from its rule. True too when a raise or a new job is told with no figure and the
    /// question asks whether the case stays or moves ("Dad got a raise. Will the kids stay on Medicaid or move to CHIP?"),
    /// unless the case is already said to be over the limit or is continuously eligible.
    /// </summary>
    public static bool LeavesOutItsFigures(string question)
    {
        var asking = QuestionSentences.Asking(question).Trim();
        return (!AmountTold().IsMatch(HourlyWage().Replace(question, " ")) && WithinLimitAsked().IsMatch(asking))
            || (SpenddownMetAsked().IsMatch(asking) && !SpenddownFigureTold().IsMatch(question))
            || (WhetherQualifiesAsked().IsMatch(asking) && !IncomeTold().IsMatch(question) && !GroupWithoutIncomeTest().IsMatch(question))
            || (IncomeChangeTold().IsMatch(question) && StaysOrMovesAsked().IsMatch(asking) && !AmountTold().IsMatch(question)
                && !OverTold().IsMatch(question) && !GroupWithoutIncomeTest().IsMatch(question) && !Continuous().IsMatch(question));
    }

    // A change in the case's income told without its figure: "Dad just got a raise", "she started a new job".
    [GeneratedRegex(@"\b(?:got|gets|getting|received)\s+a\s+(?:big\s+|small\s+|little\s+)?raise\b|\b(?:started|starts|got|found)\s+(?:a\s+)?(?:new\s+|second\s+|better\s+)?job\b|\b(?:more|extra)\s+hours\b|\b(?:income|pay|wages?|paycheck)\s+(?:went|goes|has\s+gone)\s+up\b", RegexOptions.IgnoreCase)]
    private static partial Regex IncomeChangeTold();

    // Whether the case stays where it is or moves: "Will his kids stay on Medicaid or get moved over to CHIP?"
    [GeneratedRegex(@"\b(?:stay|stays|remain|remains)\s+on\b|\b(?:get|gets|be)\s+(?:moved|switched|bumped)\b|\b(?:lose|loses)\s+(?:their|his|her|the)\s+(?:medicaid|medi-cal|chip|coverage)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StaysOrMovesAsked();

    // The case is said to be over a limit already, so the rule that follows is what is asked ("now she's over the income limit").
    [GeneratedRegex(@"\bover\s+(?:the\s+)?(?:income|limit|cutoff)\b|\btoo\s+(?:much|high)\b|\bover\s+income\b", RegexOptions.IgnoreCase)]
    private static partial Regex OverTold();

    // Coverage the state keeps whatever the income does: continuous eligibility.
    [GeneratedRegex(@"\bcontinuous\b", RegexOptions.IgnoreCase)]
    private static partial Regex Continuous();

    /// <summary>
    /// "A CHIP mom says the clinic charged her $6 for her son's visit. Was that copay allowed?": CHIP's limits on a charge
    /// turn on the family's income (and, in the table, on what the state pays for the service), so a charge alone cannot
    /// be weighed. A service no child may be charged for (well-child care, shots, an American Indian or Alaska Native
    /// child) is answered from its rule.
    /// </summary>
    public static bool LeavesOutTheIncomeForACharge(string question) =>
        QuestionSentences.Asking(question) is var asking && (ChargeAllowedAsked().IsMatch(asking) || CanChargeAsked().IsMatch(asking)) && ChargeTold().IsMatch(question) && ChipNamed().IsMatch(question)
        && !IncomeTold().IsMatch(ChargeTold().Replace(question, " ")) && !NeverCharged().IsMatch(question);

    // A figure about the case: an amount, a share, or a number of three digits or more ("makes 2,400"); an age is not one.
    [GeneratedRegex(@"\$\s?\d|\d\s*(?:%|percent)|\b\d{1,3}(?:,\d{3})+\b|\b\d{3,}\b", RegexOptions.IgnoreCase)]
    private static partial Regex AmountTold();

    // A wage by the hour with no hours or month given ("a raise to $19.50 an hour"): not yet an income to weigh.
    [GeneratedRegex(@"\$\s?\d+(?:\.\d+)?\s*(?:an|per|/)\s*hour\b(?![^.?!]*\b(?:hours?\s+(?:a|per)\s+week|a\s+month|per\s+month)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex HourlyWage();

    // "Has she met her spenddown yet?", "Did he meet his share of cost this month?", "Is that enough to meet his spenddown?"
    [GeneratedRegex(@"^(?:(?:has|have|did|does|is)\s+(?:she|he|they|the\s+(?:client|family|household|applicant)|my\s+client)\s+(?:\w+\s+)?(?:met|meet|meets|reached|reach|hit)|is\s+(?:that|this|it)\s+enough\s+to\s+(?:meet|reach|cover))\s+(?:her|his|their|the)\s+(?:spend\s*-?down|share\s+of\s+cost|deductible)\b[^?]*\?$", RegexOptions.IgnoreCase)]
    private static partial Regex SpenddownMetAsked();

    // What meeting a spenddown turns on, told: the spenddown's own amount ("her spenddown is $350") or the income and the
    // standard it is measured against. Bills alone ("$640 in medical bills") are half of it.
    [GeneratedRegex(@"\b(?:spend\s*-?down|share\s+of\s+cost)\s+(?:is|was|of|amount\s+is)\s+\$|\$\s?\d[\d,]*\s+(?:spend\s*-?down|share\s+of\s+cost)|\b(?:income|earns?|makes)\b[^.?!]*\$", RegexOptions.IgnoreCase)]
    private static partial Regex SpenddownFigureTold();

    // "Was that copay allowed?", "Was that more than they're allowed to charge?", "Can they charge that much?"
    [GeneratedRegex(@"\b(?:allowed|allows?|too\s+much|that\s+much|over\s+the\s+(?:federal\s+)?(?:limit|max(?:imum)?)|legal|okay|ok)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChargeAllowedAsked();

    // "Can our CHIP charge this kid a $3 copay for his office visit?"
    [GeneratedRegex(@"^(?:can|may|could)\s+(?:our|the|a|this|that)\s+(?:chip|state|plan|clinic|program|doctor|provider)\s+(?:program\s+|plan\s+)?charge\b", RegexOptions.IgnoreCase)]
    private static partial Regex CanChargeAsked();

    // A charge the family paid: "$6 copay", "charged her $6", "made her pay $5", "got charged a copay".
    [GeneratedRegex(@"(?:\b(?:charged?|charging|pay|paid|copay|co-pay|fee)\b[^.?!$]{0,30})?\$\s?\d[\d,]*(?:\.\d+)?(?:\s+(?:co-?pays?|fees?|charges?))?|\b(?:charged|paid)\s+(?:[\w'’-]+\s+){0,6}?(?:a|the)\s+(?:co-?pay(?:ment)?|fee)\b|\bthe\s+(?:co-?pay(?:ment)?|fee)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,4}?charged\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChargeTold();

    [GeneratedRegex(@"\b(?:chip|children's\s+health\s+insurance)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChipNamed();

    // Services and children CHIP may not charge for at all, whatever the income.
    [GeneratedRegex(@"\b(?:well[\s-](?:baby|child)|immuni[sz]ations?|shots?|vaccines?|preventive|check-?ups?|native|indian|tribal|alaska)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NeverCharged();

    /// <summary>
    /// "My client mailed in her hearing request on the 20th. Did she make it in time?": whether a deadline was met turns on
    /// two dates (the notice's and the request's) or the time between them, and the question gives one.
    /// </summary>
    public static bool LeavesOutADateForADeadline(string question) =>
        InTimeAsked().IsMatch(QuestionSentences.Asking(question)) && !SpanTold().IsMatch(question) && DateTold().Count(question) < 2;

    // "Did she make it in time?", "Is that on time?", "Was her request in time?"
    [GeneratedRegex(@"\b(?:did|does|do|is|was|were|will)\s+(?:she|he|they|it|that|this|(?:her|his|their|the)\s+(?:request|appeal|form|renewal|application))\s+(?:make\s+it\s+|get\s+(?:it\s+)?in\s+)?(?:in|on)\s+time\b", RegexOptions.IgnoreCase)]
    private static partial Regex InTimeAsked();

    // The time between told: "two months after", "45 days later", "a week after the notice".
    [GeneratedRegex(@"\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several|couple\s+of)\s+(?:calendar\s+|business\s+)?(?:days?|weeks?|months?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpanTold();

    // A date: "the 20th", "March 3", "3/14".
    [GeneratedRegex(@"\b\d{1,2}(?:st|nd|rd|th)\b|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}\b|\b\d{1,2}/\d{1,2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateTold();

    public const string DateReason = "It gives one date, and whether a deadline was met turns on two: say when the notice was mailed (or how long after it) and when the request was made.";

    public const string ChargeReason = "It does not give the family's income, which CHIP's limits on a charge turn on: say the income or its percent of the poverty level (and, for a copayment, what the state pays for the service).";

    public const string FiguresReason = "It does not give the figures the answer turns on: say the income or savings, the household's size and the program or group.";

    [GeneratedRegex(@"^(?:is|are)\s+(?:she|he|they|the\s+(?:client|family|household|applicant|child|kid|kids|couple)|my\s+client|(?:her|his|their)\s+(?:income|savings|resources|assets|\d+-year-old|son|daughter|kids?|child|children|baby|girl|boy))\s+(?:still\s+)?(?:under|over|below|above|within|at)\s+(?:the|our|any|a)\s+(?:(?:medicaid|medi-cal|chip)\s+)?(?:(?:income|asset|resource|property|savings)\s+)?(?:limit|cap|standard|threshold|cutoff)(?:\s+for\s+(?:medicaid|medi-cal|chip|coverage))?(?:,?\s+or\s+[^?]*)?\s*\?$", RegexOptions.IgnoreCase)]
    private static partial Regex WithinLimitAsked();

    // Whether one person qualifies, for nothing or for a program or group whose limits are income ones ("Single guy in his
    // forties, no kids, just applied. Does he qualify for the adult group?", "Which program do I put him in?").
    [GeneratedRegex(@"^(?:(?:does|do|would|will|could|can)\s+(?:she|he|they|the\s+(?:client|family|household|applicant|child|kid|kids|couple)|my\s+client)\s+(?:still\s+)?(?:qualify|be\s+eligible)|(?:is|are)\s+(?:she|he|they|the\s+(?:client|family|household|applicant|child|kid|kids|couple)|my\s+client)\s+(?:still\s+)?eligible)(?:\s+for\s+(?:the\s+)?(?:adult|expansion|parents?|caretaker(?:\s+relatives?)?|parents?\s+and\s+caretaker(?:\s+relatives?)?)\s+group|\s+for\s+(?:full[\s-]scope\s+)?(?:medicaid|medi-cal|chip|coverage))?\s*\?$|^which\s+program\s+(?:do|should|would|can)\s+(?:i|we)\s+(?:put|place|enroll)\s+(?:him|her|them)(?:\s+in(?:to)?)?\s*\?$", RegexOptions.IgnoreCase)]
    private static partial Regex WhetherQualifiesAsked();

    // What the answer would turn on, told: an amount, a share of the poverty line, or the income itself.
    [GeneratedRegex(@"[$%]|\b(?:percent|income|incomes|earns?|earning|makes|making|paid|pays|wages?|salary|ssi|ssdi|social\s+security|pension|poverty|fpl|unemployment|child\s+support|alimony|per\s+month|a\s+month|a\s+year|an\s+hour)\b", RegexOptions.IgnoreCase)]
    private static partial Regex IncomeTold();

    // A group whose door is not income: a former foster child, a pregnancy or a newborn, SSI, a disability, an inmate.
    [GeneratedRegex(@"\b(?:foster|pregnan\w*|newborn|baby|deemed|ssi|disabled|disability|blind|blindness|inmate|jail|prison|refugee|asylee|breast|cervical|tuberculosis|tb|presumptive(?:ly)?|hospital|hospice|institution\w*|nursing\s+(?:home|facility))\b", RegexOptions.IgnoreCase)]
    private static partial Regex GroupWithoutIncomeTest();

    /// <summary>True when none of the question's words names a subject.</summary>
    public static bool NamesNoSubject(QueryPlan plan) =>
        plan.Terms.Count > 0 && plan.Terms.All(t => t.Split(' ').All(w => Generic.Contains(Stemmer.Stem(w)) || w.All(char.IsDigit)));

    public const string Reason = "It does not say what it is about: name the program, the rule or the step (an application, a renewal, a notice, a hearing).";

    private static readonly HashSet<string> Generic = new[]
    {
        "long", "much", "many", "soon", "fast", "quick", "quickly", "often",
        "do", "doe", "done", "doing", "have", "get", "got", "need", "take", "go", "make", "made", "happen", "happens",
        "turn", "turned", "hand", "handed", "submit", "submitted", "send", "sent", "return", "returned", "bring", "brought",
        "okay", "ok", "fine", "allowed", "alright", "right", "wrong", "late", "early", "still", "again",
        "time", "times", "day", "days", "week", "weeks", "month", "months", "year", "years", "deadline", "today", "tomorrow",
        "thing", "things", "stuff", "form", "forms", "paper", "papers", "paperwork", "one",
        // money that says nothing of what it is ("a check for $4,000 … does it count against her?"): income, a resource,
        // a refund and a loan are each counted differently
        "check", "checks", "money", "amount", "payment", "payments", "count", "counts", "counted", "against", "last",
        "client", "clients", "person", "someone", "somebody", "customer", "lady", "guy", "man", "woman",
        // a limit, a rule or an approval, of nothing named ("Is she over the limit?", "Does the rule apply to her?")
        "limit", "limits", "rule", "rules", "apply", "applies", "applied", "over", "under", "little", "bit", "back",
        "approve", "approved", "miss", "misses", "missed",
        // a letter and an answer to it, of nothing named ("She got a letter from us. What's her deadline to respond?")
        "letter", "letters", "respond", "response", "reply",
        // whether someone qualifies, for nothing named ("Is she eligible?")
        "eligible", "eligibility", "qualify", "qualifies", "qualified",
        // someone's say-so about nothing named ("My supervisor says we shouldn't do it that way anymore. Is that allowed?",
        // "A lady called asking how long we have to make a decision on hers.")
        "say", "says", "said", "told", "tell", "call", "called", "ask", "asked", "asking", "way", "anymore", "hers", "his",
        "supervisor", "lead", "boss", "manager", "coworker", "decision", "decide", "decided",
        "should", "shouldn", "couldn", "wouldn", "didn", "doesn", "isn", "wasn", "aren", "don", "can", "cannot",
        "shouldn't", "couldn't", "wouldn't", "didn't", "doesn't", "isn't", "wasn't", "aren't", "don't", "can't", "won't",
    }.Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
}
