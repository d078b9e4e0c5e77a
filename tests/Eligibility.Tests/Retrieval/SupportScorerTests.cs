using Eligibility.Core.Retrieval;

namespace Eligibility.Tests.Retrieval;

/// <summary>Support: the IDF-weighted share of the question's concepts a text covers.</summary>
public sealed class SupportScorerTests
{
    [Fact]
    public void Support_is_the_idf_weighted_share_of_concepts_covered()
    {
        var plan = QueryPlan.For("property limit pomona", Thesaurus.Default);
        var statistics = new TermStatistics(9, new Dictionary<string, int> { ["property"] = 3, ["limit"] = 4 });

        var support = SupportScorer.Support(plan, SupportScorer.StemsOf("The Property LIMITS are listed below."), statistics);

        var property = Math.Log(10 / 3.5);
        var limit = Math.Log(10 / 4.5);
        var pomona = Math.Log(10 / 0.5);
        Assert.Equal((property + limit) / (property + limit + pomona), support, 9);
        Assert.True(support < 0.4, "two of three words covered, but the word no passage uses weighs the most");
    }

    [Fact]
    public void A_text_covering_every_concept_has_full_support_and_an_empty_question_none()
    {
        var statistics = new TermStatistics(9, new Dictionary<string, int>());

        Assert.Equal(1, SupportScorer.Support(QueryPlan.For("property limit", Thesaurus.Default), SupportScorer.StemsOf("limits on property"), statistics), 9);
        Assert.Equal(0, SupportScorer.Support(QueryPlan.For("what is it?", Thesaurus.Default), SupportScorer.StemsOf("limits on property"), statistics));
    }

    [Fact]
    public void Words_only_in_the_story_around_a_question_weigh_less_than_the_words_of_the_sentence_that_asks()
    {
        var plan = QueryPlan.For("A man living in his car lost his documents. Can we accept an affidavit?", Thesaurus.Default) with { StoryWeight = 0.5 };
        var statistics = new TermStatistics(9, new Dictionary<string, int>());

        var asked = SupportScorer.Support(plan, SupportScorer.StemsOf("The agency must accept an affidavit."), statistics);
        var story = SupportScorer.Support(plan, SupportScorer.StemsOf("A man lost his car."), statistics);
        var storyAtFullWeight = SupportScorer.Support(plan with { StoryWeight = 1 }, SupportScorer.StemsOf("A man lost his car."), statistics);
        var askedAtFullWeight = SupportScorer.Support(plan with { StoryWeight = 1 }, SupportScorer.StemsOf("The agency must accept an affidavit."), statistics);

        Assert.Contains("affidavit", plan.Asking);
        Assert.DoesNotContain("car", plan.Asking);
        Assert.Equal(0.5, plan.WeightOf("car"));
        Assert.Equal(1, plan.WeightOf("affidavit"));
        // Two asked words against three of the five story words: the story's passage first at weight 1, the asked one at 0.5.
        Assert.True(storyAtFullWeight > askedAtFullWeight, $"at 1: asked {askedAtFullWeight:F3}, story {storyAtFullWeight:F3}");
        Assert.True(asked > story, $"at 0.5: asked {asked:F3}, story {story:F3}");
        Assert.Equal(1.0, SupportScorer.Support(QueryPlan.For("Can we accept an affidavit?", Thesaurus.Default) with { StoryWeight = 0.5 }, SupportScorer.StemsOf("The agency must accept an affidavit."), statistics), 9);
    }

    [Fact]
    public void A_thesaurus_alternative_covers_the_concept()
    {
        var plan = QueryPlan.For("How much is the copay?", Thesaurus.Default);
        var statistics = new TermStatistics(9, new Dictionary<string, int> { ["copay"] = 0 });

        Assert.Equal(1, SupportScorer.Support(plan, SupportScorer.StemsOf("A copayment of $1 applies."), statistics), 9);
        Assert.Equal(1, SupportScorer.Support(plan, SupportScorer.StemsOf("There is no sharing of the cost."), statistics), 9);
        Assert.Equal(0, SupportScorer.Support(plan, SupportScorer.StemsOf("No charge applies."), statistics));
    }

    [Fact]
    public void A_designator_is_covered_only_as_written()
    {
        var partD = new Concept("part d", []);

        Assert.True(SupportScorer.Covers(partD, SupportScorer.StemsOf("Medicare Part D premiums")));
        Assert.False(SupportScorer.Covers(partD, SupportScorer.StemsOf("Part of the premium, schedule D")));
    }
}
