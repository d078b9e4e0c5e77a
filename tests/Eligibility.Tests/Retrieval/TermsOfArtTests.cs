using Eligibility.Core.Retrieval;

namespace Eligibility.Tests.Retrieval;

/// <summary>Terms of art are found however a caseworker writes them (case, hyphens, plurals), the longest one only.</summary>
public sealed class TermsOfArtTests
{
    [Theory]
    [InlineData("When does the Special Enrollment Period end?", "special enrollment period")]
    [InlineData("Is there a look back period for gifts?", "look-back period")]
    [InlineData("Do reverse mortgages count as income?", "reverse mortgage")]
    [InlineData("Who staffs the help-desk's phones?", "help desk")]
    [InlineData("Does the transfer-of-assets penalty reach a gift to her son?", "transfer of assets")]
    [InlineData("Can her pharmacy fill the pills as a 90-day supply?", "day supply")]
    [InlineData("Which county keeps the case during an intercounty transfer?", "intercounty transfer")]
    [InlineData("How many weeks of unemployment insurance can she draw?", "unemployment insurance")]
    [InlineData("Will Medicaid pay for a wheelchair ramp at her house?", "wheelchair ramp")]
    [InlineData("Can Medicaid pay for her medical marijuana?", "medical marijuana")]
    [InlineData("Will she get hit with a late penalty on Part B if she misses it?", "late penalty")]
    [InlineData("What's the maintenance need level the county uses for one person?", "maintenance need level")]
    [InlineData("Does her spenddown go away if she moves into assisted living?", "assisted living")]
    [InlineData("How long does a welfare-to-work sanction last?", "welfare-to-work sanction")]
    [InlineData("Is a prepaid funeral contract a resource?", "funeral contract")]
    [InlineData("Does Medicaid cover acupuncture for back pain?", "acupuncture")]
    [InlineData("Are her two timeshares in Florida countable resources?", "timeshare")]
    public void A_term_is_found_in_any_case_spacing_or_plural(string question, string term) =>
        Assert.Contains(term, TermsOfArt.Default.In(question));

    [Fact]
    public void Only_the_longest_of_overlapping_terms_is_asked_about()
    {
        var found = TermsOfArt.Default.In("How long is the continuous enrollment unwinding?");

        Assert.Equal(["continuous enrollment unwinding"], found);
    }

    [Fact]
    public void A_word_inside_another_word_is_not_a_term()
    {
        Assert.Empty(TermsOfArt.Default.In("The annuitant's notice was mailed to the helpdesk."));
        Assert.False(TermsOfArt.Default.Mentions("The trustees' annuitants were told.", "annuity"));
        Assert.True(TermsOfArt.Default.Mentions("Each Help-Desk call is logged.", "help desk"));
    }

    [Fact]
    public void A_term_in_the_story_is_asked_about_when_the_question_takes_it_up_by_its_head_word()
    {
        Assert.Equal(["special needs trust"], TermsOfArt.Default.AskedAbout("Her lawyer put the settlement into a special needs trust. Do I count the trust as a resource?"));
        Assert.Empty(TermsOfArt.Default.AskedAbout("Her lawyer put the settlement into a special needs trust. Do I count her savings as a resource?"));
    }

    [Theory]
    [InlineData("Her son set up a pooled trust for her. Does that count toward her resource limit?", true)]
    [InlineData("He has a prepaid funeral contract and a burial plot. Do either of those count as resources?", true)]
    [InlineData("She has a pooled trust. How long does the agency have to decide her application?", false)]
    [InlineData("Client's scared that getting her kids Medicaid will count against her under public charge. Will it?", true)]
    public void A_question_that_only_points_back_to_the_story_asks_about_its_terms(string message, bool asked) =>
        Assert.Equal(asked, TermsOfArt.Default.AskedAbout(message).Count > 0);
}
