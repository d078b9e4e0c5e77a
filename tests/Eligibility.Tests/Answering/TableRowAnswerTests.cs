using Eligibility.Core.Answering;
using Eligibility.Core.Retrieval;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Answering;

/// <summary>The extractive answer to a table question quotes the row for the question's figure, never the section heading.</summary>
public sealed class TableRowAnswerTests(IngestedCorpus corpus) : IClassFixture<IngestedCorpus>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("A family at 140% of poverty needs a lab test the state pays $32 for. What is the most the state may charge them as a copayment?", "$15.01 to $40 | $2.30")]
    [InlineData("The state pays $12 for a sick visit for a child at 120% of the FPL. What copayment cap applies?", "$15 or less | $1.15")]
    [InlineData("For a service the state pays $150 for, what is the maximum copayment for a child at 130% of poverty?", "$80.01 or more | $5.70")]
    [InlineData("A child at 120% of the FPL was charged a $3.40 copay. For which state payments is that the most a copayment may be?", "$40.01 to $80 | $3.40")]
    public async Task The_row_for_the_questions_amount_is_quoted(string question, string row)
    {
        corpus.Require();
        var result = await corpus.Data.Retriever.SearchAsync(new RetrievalRequest(question, new DateOnly(2026, 12, 1), null, 10), Ct);

        var answer = new ExtractiveAnswerer(new AnsweringOptions()).Answer(result);

        Assert.False(answer.Abstained);
        Assert.True(answer.Citations.Any(c => c.CitedText == row), answer.Text + " || " + string.Join(" / ", result.Passages.Take(3).Select(p => p.Passage.Id)));
        Assert.DoesNotContain(answer.Citations, c => c.CitedText.TrimStart().StartsWith('§'));
    }

    [Fact]
    public async Task An_amount_per_month_is_not_weighed_against_a_table_of_payments_for_a_service()
    {
        corpus.Require();
        const string question = "How do I work out the most a CHIP family of three bringing in $3,000 a month can be charged in premiums and copays altogether?";
        var result = await corpus.Data.Retriever.SearchAsync(new RetrievalRequest(question, new DateOnly(2026, 12, 1), null, 10), Ct);

        var answer = new ExtractiveAnswerer(new AnsweringOptions()).Answer(result);

        Assert.False(answer.Abstained);
        Assert.DoesNotContain(answer.Citations, c => c.CitedText.Contains(" | ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_table_with_a_row_for_the_questions_figures_ranks_first()
    {
        corpus.Require();
        const string question = "Family at 110% of poverty. Their son needs a hearing test that our fee-for-service CHIP pays $28 for. What's the highest copay allowed?";
        var request = new RetrievalRequest(question, new DateOnly(2026, 12, 1), null, 10);

        var withRows = await corpus.Data.RetrieverWith(new RetrievalOptions()).RetrieveAsync(request, Ct);
        var withoutRows = await corpus.Data.RetrieverWith(new RetrievalOptions { TableRowWeight = 0 }).RetrieveAsync(request, Ct);

        Assert.Equal("457.555", withRows[0].Passage.SectionNumber);
        Assert.NotEqual("457.555", withoutRows[0].Passage.SectionNumber);
    }
}
