using Eligibility.Core.Answering;
using Eligibility.Core.Retrieval;
using Eligibility.Tests.Retrieval;

namespace Eligibility.Tests.Answering;

/// <summary>The sources may be shown in another order (each section once first); the answer reads the passages by score.</summary>
public sealed class RankedPassagesTests
{
    [Fact]
    public void The_answer_is_drawn_from_the_best_scored_passages_not_from_the_order_the_sources_are_shown_in()
    {
        var language = ExtractiveAnswererTests.Retrieved("p1", "The agency must provide language services at no cost to the individual.", 0.6);
        var residence = ExtractiveAnswererTests.Retrieved("p2", "A child placed in another State by a State agency is a resident of the placing State.", 0.1);
        var plan = QueryPlan.For("What language services must the agency provide, and at what cost?", Thesaurus.Default);
        var result = new RetrievalResult(plan, new DateOnly(2026, 12, 1), [residence, language], new TermStatistics(100, new Dictionary<string, int>()))
        {
            Ranked = [language, residence],
        };

        var answer = new ExtractiveAnswerer(new AnsweringOptions { PassagesConsidered = 1 }).Answer(result);

        Assert.False(answer.Abstained, answer.Text);
        Assert.Equal(["p1"], answer.Citations.Select(c => c.PassageId).Distinct());
        Assert.Equal(["p2", "p1"], answer.Passages.Select(p => p.Passage.Id));
    }
}
