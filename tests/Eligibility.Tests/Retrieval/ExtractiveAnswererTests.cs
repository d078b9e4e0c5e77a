using Eligibility.Core.Answering;
using Eligibility.Core.Passages;
using Eligibility.Core.Retrieval;

namespace Eligibility.Tests.Retrieval;

/// <summary>The extractive answer: verbatim sentences with per-passage citation numbers, or an abstention.</summary>
public sealed class ExtractiveAnswererTests
{
    private const string Question = "What is the property limit for one person?";
    private static readonly DateOnly AsOf = new(2026, 2, 1);

    private const string First =
        "Chapter 4 text. A property limit applies from 2026. The limit is $130,000 for one person and $65,000 for each additional member.\n"
        + "Households report property at renewal.";

    private const string Second = "The property limit for one person does not apply to MAGI Medi-Cal cases.";

    [Fact]
    public void The_answer_quotes_the_best_sentences_verbatim_each_followed_by_its_passage_number()
    {
        var answer = new ExtractiveAnswerer(new AnsweringOptions()).Answer(Result([Retrieved("p1", First, 0.9), Retrieved("p2", Second, 0.6)]));

        Assert.False(answer.Abstained);
        Assert.Equal(AnswerMode.Extractive, answer.Mode);
        Assert.Equal(AsOf, answer.AsOf);
        Assert.Equal(
            "A property limit applies from 2026. [1] The limit is $130,000 for one person and $65,000 for each additional member. [1] "
            + "The property limit for one person does not apply to MAGI Medi-Cal cases. [2]",
            answer.Text);
        Assert.Equal([(1, "p1"), (1, "p1"), (2, "p2")], answer.Citations.Select(c => (c.Number, c.PassageId)));
        var texts = new Dictionary<string, string> { ["p1"] = First, ["p2"] = Second };
        Assert.All(answer.Citations, c => Assert.Equal(c.CitedText, texts[c.PassageId][c.Start..c.End]));
        Assert.Equal(First.IndexOf("A property", StringComparison.Ordinal), answer.Citations[0].Start);
        Assert.Equal(First.IndexOf('\n', StringComparison.Ordinal), answer.Citations[1].End);
        Assert.Equal((0, Second.Length), (answer.Citations[2].Start, answer.Citations[2].End));
    }

    [Fact]
    public void At_most_max_sentences_are_quoted_the_best_first()
    {
        var answer = new ExtractiveAnswerer(new AnsweringOptions { MaxSentences = 1 }).Answer(Result([Retrieved("p1", First, 0.9), Retrieved("p2", Second, 0.6)]));

        var citation = Assert.Single(answer.Citations);
        Assert.Equal("The limit is $130,000 for one person and $65,000 for each additional member.", citation.CitedText);
        Assert.Equal($"{citation.CitedText} [1]", answer.Text);
    }

    [Fact]
    public void Numbers_follow_the_passages_in_rank_order_of_the_chosen_sentences()
    {
        var answer = new ExtractiveAnswerer(new AnsweringOptions()).Answer(Result([Retrieved("p2", Second, 0.9), Retrieved("p1", First, 0.8)]));

        Assert.Equal("p2", answer.Citations[0].PassageId);
        Assert.Equal(1, answer.Citations[0].Number);
        Assert.All(answer.Citations.Where(c => c.PassageId == "p1"), c => Assert.Equal(2, c.Number));
        Assert.StartsWith($"{Second} [1] ", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_names_make_it_abstain_and_say_which()
    {
        var result = Result([Retrieved("p1", First, 0.9)]) with { UnknownNames = ["pomona", "calworks"] };

        var answer = new ExtractiveAnswerer(new AnsweringOptions()).Answer(result);

        Assert.True(answer.Abstained);
        Assert.Empty(answer.Citations);
        Assert.Equal(
            "The policy manuals in effect on 2026-02-01 do not answer this question. They do not mention \"pomona\", \"calworks\".",
            answer.Text);
        Assert.Single(answer.Passages);
    }

    [Fact]
    public void Support_below_the_floor_in_the_top_three_makes_it_abstain()
    {
        var weak = Result([Retrieved("p1", First, 0.19), Retrieved("p2", Second, 0.1), Retrieved("p3", Second, 0.1), Retrieved("p4", Second, 0.95)]);

        // These passages share one section, which lowers the floor (AgreedFloorTests); here the floor itself is tested.
        var answer = new ExtractiveAnswerer(new AnsweringOptions { AgreedRelevanceFloor = 0.2 }).Answer(weak);

        Assert.True(answer.Abstained);
        Assert.Equal("The policy manuals in effect on 2026-02-01 do not answer this question. The closest passages cover too little of the question.", answer.Text);
        Assert.False(new ExtractiveAnswerer(new AnsweringOptions { RelevanceFloor = 0.15 }).Answer(weak).Abstained);
        Assert.True(new ExtractiveAnswerer(new AnsweringOptions()).Answer(Result([])).Abstained);
    }

    private static RetrievalResult Result(IReadOnlyList<RetrievedPassage> passages) =>
        new(QueryPlan.For(Question, Thesaurus.Default), AsOf, passages, new TermStatistics(10, new Dictionary<string, int> { ["property"] = 1, ["limit"] = 1, ["one"] = 1, ["person"] = 1 }));

    /// <summary>A retrieved passage of the sample handbook holding <paramref name="text"/>, with that support.</summary>
    internal static RetrievedPassage Retrieved(string id, string text, double support) => new(
        new Passage
        {
            Id = id,
            ManualId = "medi-cal-eligibility-handbook",
            Version = "2026-01-01",
            ManualTitle = "Medi-Cal Eligibility Handbook (sample)",
            EffectiveDate = new DateOnly(2026, 1, 1),
            Ordinal = 1,
            SectionPath = SectionPath.Parse("Chapter 4 Property (Assets) > 4.1 Property limit"),
            SectionNumber = "4.1",
            PageStart = 7,
            PageEnd = 7,
            StartOffset = 0,
            EndOffset = text.Length,
            Text = text,
            ContextHeader = "Medi-Cal Eligibility Handbook (sample) > 4.1 Property limit",
            ContentHash = id,
            TokenEstimate = text.Length / 4,
        },
        support,
        1,
        null,
        support);
}
