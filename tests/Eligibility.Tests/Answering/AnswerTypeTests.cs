using Eligibility.Core.Answering;
using Eligibility.Core.Retrieval;
using Eligibility.Ingest.Pipeline;
using Eligibility.Tests.Readers;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Answering;

/// <summary>A question asking "by when" is answered by the sentence that holds the time span, not only by the ones that share its words.</summary>
public sealed class AnswerTypeTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private const string Manual = """
        # County Eligibility Handbook

        ## Chapter 3 Changes

        ### 3.2 Reporting a change in income

        A beneficiary must report a change in income to the county.
        A change in income that a beneficiary reports to the county is recorded in the case file by the county.
        The county reviews each change in income a beneficiary reports, and the beneficiary is told what the county decided.
        A beneficiary who does not report a change in income to the county may have to repay benefits.
        A beneficiary reports the change within 10 days.
        """;

    [Theory]
    [InlineData("Until what age can a former foster youth keep Medicaid?", "Individuals under age 26 who were in foster care.", true)]
    [InlineData("Until what age can a former foster youth keep Medicaid?", "Individuals who were in foster care under the responsibility of the State.", false)]
    [InlineData("How old must a child be to lose continuous eligibility?", "The child attains 19 years of age.", true)]
    [InlineData("What's the federal minimum a resident keeps each month for personal needs?", "The allowance must be at least $30 a month.", true)]
    [InlineData("What's the federal minimum a resident keeps each month for personal needs?", "A personal needs allowance that is reasonable in amount.", false)]
    [InlineData("Who signs the notice?", "The agency must send it within 10 days.", false)]
    public void The_kind_of_figure_asked_for_is_recognised_in_a_sentence(string question, string sentence, bool holds) =>
        Assert.Equal(holds, AnswerType.Holds(question, sentence));

    [Fact]
    public async Task A_by_when_question_quotes_the_sentence_with_the_time_span()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = await _files.WriteAsync("county-handbook.md", Manual);
        using var data = new TempDataFolder();
        await data.Pipeline.IngestAsync(new IngestRequest(path, "county-handbook", "County Eligibility Handbook", "2026-01", new DateOnly(2026, 1, 1)), publish: true, ct);
        var result = await data.Retriever.SearchAsync(new RetrievalRequest("By when must a beneficiary report a change in income to the county?", new DateOnly(2026, 2, 1), null, 10), ct);

        var answer = new ExtractiveAnswerer(new AnsweringOptions()).Answer(result);

        Assert.False(answer.Abstained);
        Assert.True(answer.Text.Contains("within 10 days", StringComparison.Ordinal), answer.Text);
    }
}
