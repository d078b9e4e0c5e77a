using Eligibility.Core.Retrieval;

namespace Eligibility.Tests.Retrieval;

/// <summary>Laws a question names, as written, without the question's own first words.</summary>
public sealed class LawNamesTests
{
    [Theory]
    [InlineData("Does the Affordable Care Act require this?", "Affordable Care Act")]
    [InlineData("Our state took the American Rescue Plan Act of 2021 option. For the extra months, what is covered?", "American Rescue Plan Act of 2021")]
    [InlineData("Under the Families First Coronavirus Response Act, can we close her case?", "Families First Coronavirus Response Act")]
    [InlineData("Is the Public Charge Rule still in force?", "Public Charge Rule")]
    [InlineData("Our state took the American Rescue Plan option for new moms. How long does her coverage last now?", "American Rescue Plan")]
    [InlineData("Under H.R. 1, how often must expansion adults be renewed?", "H.R. 1")]
    [InlineData("Does the One Big Beautiful Bill change how often adults renew?", "One Big Beautiful Bill")]
    [InlineData("Under the Families First continuous coverage condition, can we drop her to MSP-only?", "Families First")]
    public void A_law_is_named_as_written(string question, string law) =>
        Assert.Equal([law], LawNames.In(question));

    [Theory]
    [InlineData("Does the Act require a fair hearing?")]
    [InlineData("Can we act on the change before the notice goes out?")]
    [InlineData("Is there a rule about interpreters?")]
    [InlineData("Is dental in the State Plan?")]
    [InlineData("Does her plan cover dental?")]
    [InlineData("Her hours rose from 20 to 30. Does the U.S. 2 percent rule apply?")]
    public void A_word_alone_is_not_a_law(string question) =>
        Assert.Empty(LawNames.In(question));

    [Theory]
    [InlineData("The State plan must provide for a fair hearing.", "Medicaid State Plan", true)]
    [InlineData("coverage under a group health plan", "Qualified Health Plan", true)]
    [InlineData("The agency must provide for the rescue of records under its plan.", "American Rescue Plan", false)]
    public void A_plan_is_also_named_by_its_last_two_words(string text, string plan, bool named) =>
        Assert.Equal(named, LawNames.Mentions(text, plan));

    [Fact]
    public void A_mention_ignores_case_spacing_and_the_year() =>
        Assert.True(LawNames.Mentions("as amended by the american rescue\nplan act,", "American Rescue Plan Act of 2021"));
}
