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
