using Eligibility.Core.Answering;

namespace Eligibility.Tests.Retrieval;

/// <summary>A question is a follow-up only when it says so itself: a continuation, a fragment, or an early back-reference.</summary>
public sealed class FollowUpTests
{
    [Theory]
    [InlineData("and for a household of 4?")]
    [InlineData("And in 2025?")]
    [InlineData("What about children under 19?")]
    [InlineData("How about a pregnant woman?")]
    [InlineData("for a family of 3?")]
    [InlineData("Does it apply to children?")]
    [InlineData("Is that limit the same in 2025?")]
    [InlineData("What are their income limits?")]
    [InlineData("Same question for the notices guide")]
    public void A_question_that_leans_on_the_last_one_is_a_follow_up(string question) => Assert.True(FollowUp.NeedsContext(question));

    [Theory]
    [InlineData("Who is in the household of a pregnant woman?")]
    [InlineData("Is there a property limit for one person?")]
    [InlineData("What is the monthly income limit for a household of 3?")]
    [InlineData("For a household of 3 receiving SSI, which income is left out of MAGI?")]
    [InlineData("How long does the county have to decide an application?")]
    [InlineData("What notice must the county send when it denies an application?")]
    [InlineData("Property limit?")]
    [InlineData("")]
    public void A_question_that_stands_on_its_own_is_not(string question) => Assert.False(FollowUp.NeedsContext(question));
}
