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
