using Eligibility.Core.Answering;
using Eligibility.Core.Passages;
using Eligibility.Core.Retrieval;
using Eligibility.Tests.Retrieval;

namespace Eligibility.Tests.Answering;

/// <summary>Low support is enough to answer when the best passage's section is found again among the best five, and only then.</summary>
public sealed class AgreedFloorTests
{
    private const string Question = "My client's grandson has been translating at every appointment. What are we supposed to give her?";

    [Fact]
    public void The_best_section_found_twice_is_answered_at_low_support()
    {
        var why = WhyNot(("p1", "4.1 Property limit", 0.15), ("p2", "4.1 Property limit", 0.12), ("p3", "2.3 Residence", 0.1));
        Assert.Null(why);
    }

    [Fact]
    public void Scattered_passages_at_low_support_are_refused()
    {
        var why = WhyNot(("p1", "4.1 Property limit", 0.15), ("p2", "2.3 Residence", 0.12), ("p3", "3.2 Income", 0.1));
        Assert.Equal("The closest passages cover too little of the question.", why);
    }

    [Fact]
    public void Agreement_does_not_lift_what_covers_almost_nothing()
    {
        var why = WhyNot(("p1", "4.1 Property limit", 0.08), ("p2", "4.1 Property limit", 0.07));
        Assert.Equal("The closest passages cover too little of the question.", why);
    }

    private static string? WhyNot(params (string Id, string Section, double Support)[] passages)
    {
        var retrieved = passages.Select(p =>
        {
            var r = ExtractiveAnswererTests.Retrieved(p.Id, "The agency must provide language services at no cost to the individual.", p.Support);
            return r with { Passage = r.Passage with { SectionPath = SectionPath.Parse("Chapter 4 > " + p.Section) } };
        }).ToList();
        var result = new RetrievalResult(QueryPlan.For(Question, Thesaurus.Default), new DateOnly(2026, 12, 1), retrieved, new TermStatistics(100, new Dictionary<string, int>()));
        return Answerability.WhyNot(result, new AnsweringOptions());
    }
}
