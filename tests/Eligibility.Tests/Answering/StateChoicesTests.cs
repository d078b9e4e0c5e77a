using Eligibility.Core.Answering;

namespace Eligibility.Tests.Answering;

/// <summary>What one state or county chose is not in the federal rules; what the rules require of a state is.</summary>
public sealed class StateChoicesTests
{
    [Theory]
    [InlineData("What income limit does our state use for the medically needy?")]
    [InlineData("How many days does our state give families to return a renewal form?")]
    [InlineData("What is the maintenance need level our county uses for a single adult?")]
    [InlineData("What's our county's policy on faxed signatures?")]
    [InlineData("Which managed care plans are available in our county?")]
    [InlineData("What's the daily rate for a nursing home in our state?")]
    [InlineData("Her Medi-Cal share of cost went up. How much does Medi-Cal let a nursing home resident keep for personal needs?")]
    [InlineData("What is Medi-Cal's maintenance need level for a couple?")]
    [InlineData("My Medi-Cal client has a Share of Cost. Does it start over every month?")]
    public void A_states_or_countys_own_choice_is_refused(string question) =>
        Assert.Equal(StateChoices.Reason, StateChoices.WhyNot(question));

    [Theory]
    [InlineData("Does our state have to cover former foster youth?")]
    [InlineData("Can our state's disability review team make its own decision?")]
    [InlineData("How long can our state keep the kids locked out of CHIP?")]
    [InlineData("Our state covers everyone on SSI. Does she still need a separate application?")]
    [InlineData("What income limit does the federal rule set for the adult group?")]
    [InlineData("Medi-Cal calls it a Share of Cost. What do the federal rules say about the spenddown's budget period?")]
    [InlineData("Does assigning her rights include Medicare? What about the medical support the court ordered her ex to pay?")]
    public void What_the_rules_require_of_a_state_is_not_refused(string question) =>
        Assert.Null(StateChoices.WhyNot(question));
}
