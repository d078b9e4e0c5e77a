using System.Text.RegularExpressions;
using Eligibility.Core.Retrieval;

namespace Eligibility.Core.Answering;

/// <summary>
/// Questions about another program's or agency's own rules: what Social Security wants before it issues a card, how
/// to ask Social Security to reconsider, WIC's income cutoff, who qualifies for SNAP, how to enroll in a marketplace
/// plan. The Medicaid and CHIP manuals mention these programs (a notice about WIC, SSA's disability decisions, referral
/// to the Exchange) but do not set their rules, so their passages share the words and cannot give the answer. Read
/// from the sentence that asks; a Medicaid rule about the program ("must we tell pregnant women about WIC?", "does
/// SSA's disability decision bind us?") is not matched.
/// </summary>
public static partial class OtherProgramsRules
{
    /// <summary>Null unless the question asks for another program's own rule; then why the manuals cannot answer, in one line.</summary>
    public static string? WhyNot(string question)
    {
        var asking = QuestionSentences.Asking(question);
        if (PremiumTaxCredit().IsMatch(asking) && !AgencyDuty().IsMatch(asking))
        {
            return "It asks about the premium tax credit's own rules, which the Medicaid and CHIP manuals do not set; the IRS and the Exchange are the source for them.";
        }

        // "Do I hold off their coverage until Social Security sends the number?" asks what the worker does meanwhile, not
        // what the other agency does.
        Regex[] patterns = WorkerActs().IsMatch(asking)
            ? [Venue(), Owned(), Qualifies(), MarketplaceEnrollment(), TreatsOrPays(), KeepsBenefit(), CutsBenefit()]
            : [Venue(), Actor(), Owned(), Qualifies(), MarketplaceEnrollment(), TreatsOrPays(), KeepsBenefit(), CutsBenefit()];
        foreach (var pattern in patterns)
        {
            if (pattern.Match(asking) is { Success: true } m)
            {
                return $"It asks about {Named(m.Groups["program"].Value)}'s own rules, which the Medicaid and CHIP manuals do not set; {Named(m.Groups["program"].Value)} is the source for them.";
            }
        }

        return null;
    }

    /// <summary>The program as the reason names it, however the question wrote it.</summary>
    private static string Named(string program) => Regex.Replace(program.Trim().ToLowerInvariant(), @"\s+", " ") switch
    {
        "ssa" or "social security" or "social security administration" or "the social security administration" => "Social Security",
        "irs" or "the irs" => "the IRS",
        "wic" => "WIC",
        "snap" or "food stamp" or "food stamps" or "food benefits" => "SNAP",
        "calfresh" => "CalFresh",
        "tanf" => "TANF",
        "calworks" => "CalWORKs",
        "va" or "the va" => "the VA",
        "cash grant" or "cash aid" => "the cash assistance program",
        _ => "the marketplace",
    };

    private const string Programs = @"(?<program>social\s+security(?:\s+administration)?|the\s+social\s+security\s+administration|ssa|the\s+irs|irs|wic|snap|calfresh|food\s+stamps?)";

    // "file a request for reconsideration with Social Security", "apply at the SNAP office": the other agency is where the
    // client does it ("send the SSN to SSA to verify it" is the agency's own step, and a Medicaid rule).
    [GeneratedRegex(@"\b(?:file|appeal|apply|sign\s+up|enroll)\b[^.?!]{0,50}?\b(?:with|at|to|through)\s+(?:the\s+)?" + Programs + @"\b(?!['’]s\s+(?:disability\s+)?(?:decision|determination|finding))", RegexOptions.IgnoreCase)]
    private static partial Regex Venue();

    // "What documents does Social Security want…", "will the IRS require…": the other agency acts.
    [GeneratedRegex(@"\b(?:(?:does|do|will|would|did)\s+" + Programs + @"\s+(?:want|need|require|ask\s+for|issue|charge|accept|count)|(?:when|until|before)\s+" + Programs + @"\s+(?:stops|starts|takes|deducts|withholds|sends|pays|refunds|mails|issues))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Actor();

    // "what's the WIC income cutoff", "SNAP's maximum allotment", "the CalFresh gross income limit", "the food stamp resource limit": the program's own figure or rule.
    [GeneratedRegex(@"\b" + Programs + @"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:(?:income|resource|asset)\s+(?:cutoff|limit|guidelines?|test|standard)|allotments?|benefit\s+amounts?|work\s+requirements?|recertification|interview|deadline)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Owned();

    // "is she (automatically) income-eligible for WIC", "does he qualify for SNAP": eligibility for the other program.
    [GeneratedRegex(@"\b(?:(?:income-)?eligible|qualify|qualifies|apply|applying)\s+for\s+" + Programs + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex Qualifies();

    // "Does she have to pay back the tax credits?", "is that cheap enough that Covered California will deny her premium tax
    // credits?", "can she still get help paying her premium on a Covered California plan?": the marketplace subsidy's own
    // eligibility, amount or repayment, which the IRS and the Exchange set.
    [GeneratedRegex(@"\b(?:(?:advance(?:d)?\s+)?(?:premium\s+)?tax\s+credits?|APTCs?|premium\s+subsid(?:y|ies)|(?:help|assistance)\s+(?:paying|with)\s+(?:her|his|their|the|a)\s+premiums?\s+(?:on|for)\s+(?:a|an|her|his|their|the)\s+(?:marketplace|exchange|covered\s+california)\s+plans?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PremiumTaxCredit();

    // What the Medicaid agency itself must do about it ("must we assess her for tax credits?", "do we send her account to
    // the Exchange?") is a Medicaid rule.
    [GeneratedRegex(@"\b(?:must|do|does|should|can)\s+(?:we|the\s+(?:state\s+)?(?:medicaid\s+)?agency|our\s+agency|the\s+state)\b|\b(?:we|agency)\s+(?:have|has)\s+to\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgencyDuty();

    // "How do food stamps treat child support?", "What does TANF pay a family of three?": how the other program counts
    // or what it pays ("Does TANF count as income for Medicaid?" asks a Medicaid rule and is not matched).
    [GeneratedRegex(@"\b(?:how|what|how\s+much)\s+(?:do|does|will|would)\s+(?<program>social\s+security|ssa|the\s+irs|irs|wic|snap|calfresh|food\s+stamps?|tanf|calworks|the\s+va|va)\s+(?:treat|count|pay|give)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TreatsOrPays();

    // "How many months can he keep his food stamps if he isn't working?", "Will she lose her CalFresh?": how long or whether
    // the other program's benefit lasts ("Can he keep his Medicaid if he gets food stamps?" keeps Medicaid and is not matched).
    [GeneratedRegex(@"\b(?:keep|keeps|keeping|lose|loses|losing|stay\s+on|stays\s+on|get|gets|getting)\s+(?:his|her|their|the)\s+(?<program>wic|snap|calfresh|food\s+stamps?|food\s+benefits|tanf|calworks)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KeepsBenefit();

    [GeneratedRegex(@"\b(?:do|should|can|must|may)\s+(?:i|we)\s+(?:hold|wait|keep|stop|deny|close|approve|pend|delay)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WorkerActs();

    // "Does his paycheck cut her cash grant?": what the other program pays, changed ("Does her cash grant count as income
    // for Medicaid?" is a Medicaid rule and is not matched).
    [GeneratedRegex(@"\b(?:cut|cuts|reduce|reduces|lower|lowers|change|changes|affect|affects|stop|stops)\s+(?:her|his|their|the)\s+(?<program>cash\s+grant|cash\s+aid|calworks|tanf|snap|calfresh|food\s+stamps|wic)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CutsBenefit();

    // "How does a family enroll in a marketplace plan?": enrolment in the Exchange's own plans.
    [GeneratedRegex(@"\b(?:enroll|enrol|sign\s+up|buy|pick|choose)\b[^.?!]{0,30}?\b(?:in|for|into)\s+(?:a\s+|an\s+|the\s+)?(?<program>marketplace|exchange|covered\s+california)\s+(?:plan|coverage|policy)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MarketplaceEnrollment();
}
