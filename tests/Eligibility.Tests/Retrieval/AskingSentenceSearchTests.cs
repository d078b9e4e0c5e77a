using Eligibility.Core.Retrieval;
using Eligibility.Ingest.Pipeline;
using Eligibility.Tests.Readers;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Retrieval;

/// <summary>
/// A caseworker's story can share more words with other sections than the sentence that asks shares with the one that
/// answers: the sentence that asks is searched alone too, and what it finds joins the candidates and counts in the order.
/// </summary>
public sealed class AskingSentenceSearchTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static readonly string Manual = $"""
        # County Eligibility Handbook

        ## Chapter 2 Housing costs

        ### 2.1 Shelter expenses

        {Repeat("Rent, utilities and heating costs paid by the household are shelter expenses when the landlord bills them monthly.", 8)}

        ### 2.2 Vehicles

        {Repeat("A vehicle the household uses for work or medical trips is excluded, and repairs to it are not a deduction.", 8)}

        ## Chapter 9 Reviews

        ### 9.1 Fair hearings

        An applicant who disagrees with an action may ask for a fair hearing before the state agency.
        """;

    private static string Repeat(string sentence, int times) => string.Join(' ', Enumerable.Repeat(sentence, times));

    [Fact]
    public async Task The_section_the_asking_sentence_is_about_outranks_the_ones_the_story_is_about()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = await _files.WriteAsync("county-handbook.md", Manual);
        using var data = new TempDataFolder();
        await data.Pipeline.IngestAsync(new IngestRequest(path, "county-handbook", "County Eligibility Handbook", "2026-01", new DateOnly(2026, 1, 1)), publish: true, ct);
        var request = new RetrievalRequest(
            "The landlord raised her rent and heating costs, and her vehicle needs repairs. Can she ask for a fair hearing?",
            new DateOnly(2026, 2, 1), null, 10);

        var withAsking = await SectionsAsync(data, new RetrievalOptions(), request, ct);
        var wholeMessageOnly = await SectionsAsync(data, new RetrievalOptions { AskingWeight = 0 }, request, ct);

        Assert.NotEqual("9.1", wholeMessageOnly[0]);
        Assert.Equal("9.1", withAsking[0]);
    }

    private static async Task<List<string?>> SectionsAsync(TempDataFolder data, RetrievalOptions options, RetrievalRequest request, CancellationToken ct)
    {
        var retriever = new HybridRetriever(data.Store, data.Index, TimeProvider.System, Core.Retrieval.NoEmbeddings.Instance, options);
        return [.. (await retriever.RetrieveAsync(request, ct)).Select(h => h.Passage.SectionNumber)];
    }
}
