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
}
