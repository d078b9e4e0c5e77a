using Eligibility.Core.Retrieval;
using Eligibility.Ingest.Pipeline;
using Eligibility.Tests.Readers;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Retrieval;

/// <summary>
/// Below the passages an answer is drawn from, the list shows other sections before more of one long section: the
/// sources and Claude's context hold more of the places an answer could be.
/// </summary>
public sealed class DistinctSectionsTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static readonly string Manual = $"""
        # County Eligibility Handbook

        ## Chapter 5 Income

        ### 5.1 Income rules

        {Sentences.Repeated("Earned income of the household is counted for the month in which the household receives it.", 200)}

        ### 5.2 Student rules

        {Sentences.Repeated("Earned income of a student in the household is not counted while the student attends school.", 3)}
        """;

    [Fact]
    public async Task After_the_answer_s_passages_a_second_section_comes_before_more_of_the_first()
    {
        var ct = TestContext.Current.CancellationToken;
        using var data = await HandbookAsync(ct);
        var request = new RetrievalRequest("How is earned income of the household counted for the month?", new DateOnly(2026, 2, 1), null, 7);

        var distinct = await Sections(data, new RetrievalOptions(), request, ct);
        var byScore = await Sections(data, new RetrievalOptions { DistinctSectionsFrom = int.MaxValue }, request, ct);

        Assert.True(byScore.Count(s => s == "5.1") >= 7, string.Join(", ", byScore));
        Assert.DoesNotContain("5.2", byScore);
        Assert.Equal(byScore.Take(5), distinct.Take(5));
        Assert.Equal("5.2", distinct[5]);
    }

    [Fact]
    public async Task The_sources_show_each_section_once_before_any_section_twice_and_answers_read_the_same_passages_by_score()
    {
        var ct = TestContext.Current.CancellationToken;
        using var data = await HandbookAsync(ct);

        var result = await data.RetrieverWith(new RetrievalOptions()).SearchAsync(
            new RetrievalRequest("How is earned income of the household counted for the month?", new DateOnly(2026, 2, 1), null, 7), ct);

        Assert.Equal(["5.1", "5.1", "5.1", "5.1", "5.1", "5.2", "5.1"], result.Ranked.Select(h => h.Passage.SectionNumber));
        Assert.Equal(["5.1", "5.2", "5.1", "5.1", "5.1", "5.1", "5.1"], result.Passages.Select(h => h.Passage.SectionNumber));
        Assert.Equal(result.Ranked.Where(h => h.Passage.SectionNumber == "5.1").Select(h => h.Passage.Id), result.Passages.Where(h => h.Passage.SectionNumber == "5.1").Select(h => h.Passage.Id));
    }

    private async Task<TempDataFolder> HandbookAsync(CancellationToken ct)
    {
        var path = await _files.WriteAsync("county-handbook.md", Manual);
        var data = new TempDataFolder();
        await data.Pipeline.IngestAsync(new IngestRequest(path, "county-handbook", "County Eligibility Handbook", "2026-01", new DateOnly(2026, 1, 1)), publish: true, ct);
        return data;
    }

    private static async Task<List<string?>> Sections(TempDataFolder data, RetrievalOptions options, RetrievalRequest request, CancellationToken ct)
    {
        var retriever = data.RetrieverWith(options);
        return [.. (await retriever.RetrieveAsync(request, ct)).Select(h => h.Passage.SectionNumber)];
    }
}
