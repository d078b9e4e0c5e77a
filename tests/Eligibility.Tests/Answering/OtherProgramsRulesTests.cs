using Eligibility.Core.Answering;

namespace Eligibility.Tests.Answering;

/// <summary>
/// Another program's own rules (Social Security's process, WIC's cutoff, SNAP's limits, marketplace plans) are not the
/// Medicaid manuals' to give; a Medicaid rule about that program still is.
/// </summary>
public sealed class OtherProgramsRulesTests
{
    [Theory]
    [InlineData("What documents does Social Security want before it issues a replacement card?", "Social Security's own rules")]
    [InlineData("How does she file for reconsideration with SSA after her claim was denied?", "Social Security's own rules")]
    [InlineData("What's the SNAP gross income limit for a household of four?", "SNAP's own rules")]
    [InlineData("Is a Medi-Cal client automatically income-eligible for WIC?", "WIC's own rules")]
    [InlineData("He just lost his job. Does he qualify for CalFresh?", "CalFresh's own rules")]
    [InlineData("Will the IRS count her Medicaid as income on her return?", "the IRS's own rules")]
    [InlineData("Her Medicaid ended. How does the family enroll in a marketplace plan?", "the marketplace's own rules")]
    [InlineData("Can she apply at the snap office on the same day?", "SNAP's own rules")]
    [InlineData("She just got QMB. How many months until Social Security stops taking the Part B premium out of her check?", "Social Security's own rules")]
    [InlineData("How does SNAP treat a client's child support payments?", "SNAP's own rules")]
    [InlineData("How much does CalWORKs pay a mother with two kids each month?", "CalWORKs's own rules")]
    [InlineData("How does the VA count Medicaid when it decides a pension?", "the VA's own rules")]
    [InlineData("He's 45, no kids, gets Medicaid and food stamps. How many months can he keep his food stamps if he isn't working?", "SNAP's own rules")]
    [InlineData("Mom's on CalWORKs and her 16-year-old just started a part-time job. Does his paycheck cut her cash grant?", "the cash assistance program's own rules")]
    [InlineData("He's 40, single, and also on CalFresh. How many hours does he have to work to keep his food benefits?", "SNAP's own rules")]
    [InlineData("The family also applied for CalFresh. Does dad's truck count against the food stamp resource limit?", "SNAP's own rules")]
    public void Another_programs_own_rule_is_refused_naming_the_program(string question, string reason) =>
        Assert.Contains(reason, OtherProgramsRules.WhyNot(question), StringComparison.Ordinal);

    [Theory]
    [InlineData("She won her Medicaid hearing with retroactive coverage. Does she have to pay back the premium tax credits for those months?")]
    [InlineData("Her employer's plan would cost 9% of her income. Is that cheap enough that Covered California will deny her premium tax credits?")]
    [InlineData("Her income is 420% of poverty. Can she still get help paying her premium on a Covered California plan?")]
    [InlineData("She's over the Medicaid limit and wants an Exchange plan. How big a premium subsidy will she get?")]
    public void The_premium_tax_credits_own_rules_are_refused_naming_who_sets_them(string question) =>
        Assert.Contains("the IRS and the Exchange are the source", OtherProgramsRules.WhyNot(question), StringComparison.Ordinal);

    [Theory]
    [InlineData("Must we tell pregnant women who apply for Medicaid about WIC?")]
    [InlineData("SSA denied his disability claim four months ago. Can our disability team make its own decision?")]
    [InlineData("Does SSA's disability determination bind the agency?")]
    [InlineData("Can we use SNAP findings to set income under Express Lane eligibility?")]
    [InlineData("Do we have to refer children who are not eligible for CHIP to the marketplace?")]
    [InlineData("Can a family apply for Medicaid through the exchange?")]
    [InlineData("Can he keep his Medicaid if he starts getting food stamps?")]
    [InlineData("The baby has never been issued a number. Do I hold off their coverage until Social Security sends the number?")]
    [InlineData("Is someone who gets SSI eligible for Medicaid?")]
    [InlineData("Do we have to send the applicant's SSN to SSA to verify it?")]
    [InlineData("If Social Security pays her SSI, is she eligible for Medicaid?")]
    [InlineData("When we deny her Medicaid, must we assess her eligibility for premium tax credits?")]
    [InlineData("Does the agency have to send her account to the Exchange for tax credits?")]
    [InlineData("Does TANF count as income when we figure her Medicaid eligibility?")]
    public void A_medicaid_rule_about_another_program_is_not_refused(string question) =>
        Assert.Null(OtherProgramsRules.WhyNot(question));
}
