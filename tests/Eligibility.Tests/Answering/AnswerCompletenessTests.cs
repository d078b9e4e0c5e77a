using Eligibility.Core.Passages;
using Eligibility.Core.Answering;
using Eligibility.Core.Retrieval;
using Eligibility.Tests.Retrieval;

namespace Eligibility.Tests.Answering;

/// <summary>The extractive answer states the whole rule: a short list of conditions is quoted whole, and headings are not quoted as sentences.</summary>
public sealed class AnswerCompletenessTests
{
    private static readonly DateOnly AsOf = new(2026, 2, 1);

    private const string Closures = """
        (d) Exceptions.
        (1) A state may end a beneficiary's enrollment before the emergency ends only in the following circumstances:
        (i) The beneficiary or the beneficiary's representative requests a voluntary termination of eligibility;
        (ii) The beneficiary ceases to be a resident of the state; or
        (iii) The beneficiary dies.
        (2) States must keep records of every enrollment ended under this paragraph.
        """;

    [Fact]
    public void A_short_list_is_quoted_whole_with_its_lead_in()
    {
        var answer = Answer("Can we end enrollment for a client who asks for a voluntary termination before the emergency ends?", new AnsweringOptions { MaxSentences = 1 },
            ("p1", Closures, 0.9));

        Assert.Equal(
            [
                "(1) A state may end a beneficiary's enrollment before the emergency ends only in the following circumstances:",
                "(i) The beneficiary or the beneficiary's representative requests a voluntary termination of eligibility;",
                "(ii) The beneficiary ceases to be a resident of the state; or",
                "(iii) The beneficiary dies.",
            ],
            answer.Citations.Select(c => c.CitedText));
        Assert.All(answer.Citations, c => Assert.Equal(c.CitedText, Closures[c.Start..c.End]));
    }

    [Fact]
    public void A_long_list_is_not_quoted_whole()
    {
        var items = string.Join("\n", Enumerable.Range(0, 8).Select(i => $"({(char)('a' + i)}) The beneficiary has condition number {i + 1} on file with the agency;"));
        var text = "The agency may send a notice not later than the date of action if—\n" + items.Replace("condition number 3", "moved out of the state", StringComparison.Ordinal);

        var answer = Answer("The beneficiary moved out of the state. When may the agency send the notice?", new AnsweringOptions { MaxSentences = 1 }, ("p1", text, 0.9));

        Assert.Equal(
            ["The agency may send a notice not later than the date of action if—", "(c) The beneficiary has moved out of the state on file with the agency;"],
            answer.Citations.Select(c => c.CitedText));
    }

    [Fact]
    public void A_paragraph_heading_is_never_quoted_as_a_sentence()
    {
        const string text = """
            (c) Income disregards.
            (1) Current beneficiaries. For current beneficiaries, a state may base financial eligibility on current monthly household income.
            (2) New applicants. For new applicants, the state must use current monthly household income and family size.
            (iii) The beneficiary dies.
            """;

        var answer = Answer("For current beneficiaries and new applicants, what household income may the state base financial eligibility on?", new AnsweringOptions { MaxSentences = 5 },
            ("p1", text, 0.9));

        var quoted = answer.Citations.Select(c => c.CitedText).ToList();
        Assert.Contains("For current beneficiaries, a state may base financial eligibility on current monthly household income.", quoted);
        Assert.Contains("For new applicants, the state must use current monthly household income and family size.", quoted);
        Assert.DoesNotContain("(1) Current beneficiaries.", quoted);
        Assert.DoesNotContain("(2) New applicants.", quoted);
        Assert.DoesNotContain("(c) Income disregards.", quoted);
    }

    [Fact]
    public void The_end_of_a_section_title_repeated_above_its_text_is_not_quoted()
    {
        const string text = """
            Continuation of enrollment.
            A State must ensure the opportunity for continuation of enrollment pending the completion of review of a termination of enrollment.
            """;
        var passage = ExtractiveAnswererTests.Retrieved("p1", text, 0.9);
        passage = passage with { Passage = passage.Passage with { SectionPath = SectionPath.Parse("Subpart K > § 457.1170 Program specific review process: Continuation of enrollment") } };
        var result = new RetrievalResult(QueryPlan.For("Can the children's enrollment continue while the review is pending?", Thesaurus.Default), AsOf, [passage], new TermStatistics(100, new Dictionary<string, int>()));

        var quoted = new ExtractiveAnswerer(new AnsweringOptions()).Answer(result).Citations.Select(c => c.CitedText).ToList();

        Assert.Equal(["A State must ensure the opportunity for continuation of enrollment pending the completion of review of a termination of enrollment."], quoted);
    }

    private static GroundedAnswer Answer(string question, AnsweringOptions options, params (string Id, string Text, double Support)[] passages)
    {
        var statistics = new TermStatistics(100, new Dictionary<string, int>());
        var result = new RetrievalResult(QueryPlan.For(question, Thesaurus.Default), AsOf, [.. passages.Select(p => ExtractiveAnswererTests.Retrieved(p.Id, p.Text, p.Support))], statistics);
        return new ExtractiveAnswerer(options).Answer(result);
    }
}
