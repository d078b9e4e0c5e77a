using Eligibility.Core.Retrieval;
using Eligibility.Ingest.Pipeline;
using Eligibility.Tests.Readers;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Retrieval;

/// <summary>
/// A passage cut from a long section shares its section's coverage of the question, so where a cut fell does not
/// decide whether the section's answer ranks above a section that covers less of the question.
/// </summary>
public sealed class SectionSupportTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static readonly string Manual = $"""
        # County Eligibility Handbook

        ## Chapter 5 Income

        ### 5.1 Income rules

        {Sentences.Repeated("Earned income is counted for the month in which it is received, before any deduction is taken.", 15)}

        {Sentences.Repeated("Each member of the household who lives in the home is included, with the relatives the agency names.", 15)}

        ### 5.2 Student rules

        {Sentences.Repeated("Earned income of a student is counted for the month in which it is received, before any deduction.", 6)}
        """;

    [Fact]
    public async Task A_passage_cut_from_a_section_shares_the_section_s_coverage_of_the_question()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = await _files.WriteAsync("county-handbook.md", Manual);
        using var data = new TempDataFolder();
        await data.Pipeline.IngestAsync(new IngestRequest(path, "county-handbook", "County Eligibility Handbook", "2026-01", new DateOnly(2026, 1, 1)), publish: true, ct);
        var request = new RetrievalRequest("How is earned income counted for the household members?", new DateOnly(2026, 2, 1), null, 10);

        var withSections = await Supports(data, new RetrievalOptions(), request, ct);
        var passagesAlone = await Supports(data, new RetrievalOptions { SectionWeight = 0 }, request, ct);

        // 5.1 is cut in two: its first passage holds "earned income" and "counted", its second "household" and "members".
        Assert.Equal(2, withSections.Count(s => s.Section == "5.1"));
        var firstOfHousehold = withSections.First(s => s.Section == "5.1" && s.Text.Contains("deduction is taken", StringComparison.Ordinal));
        var student = withSections.Single(s => s.Section == "5.2");
        Assert.Equal(passagesAlone.Single(s => s.Id == firstOfHousehold.Id).Support, passagesAlone.Single(s => s.Id == student.Id).Support, 3);
        Assert.True(firstOfHousehold.Support > student.Support + 0.1, $"{firstOfHousehold.Support} should clearly exceed {student.Support}");
        Assert.True(withSections.FindIndex(s => s.Id == firstOfHousehold.Id) < withSections.FindIndex(s => s.Id == student.Id));
    }

    private static async Task<List<(string Id, string? Section, string Text, double Support)>> Supports(TempDataFolder data, RetrievalOptions options, RetrievalRequest request, CancellationToken ct)
    {
        var retriever = data.RetrieverWith(options);
        var hits = await retriever.RetrieveAsync(request, ct);
        return hits.Select(h => (h.Passage.Id, h.Passage.SectionNumber, h.Passage.Text, h.Support)).ToList();
    }
}
