using Eligibility.Core.Manuals;
using Eligibility.Core.Retrieval;
using Eligibility.Ingest.Pipeline;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Corpus;

/// <summary>The five policy PDFs of ../shared/corpus, ingested from their manifest.</summary>
public sealed class CorpusIngestionTests(IngestedCorpus corpus) : IClassFixture<IngestedCorpus>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HybridRetriever Retriever => corpus.Data.Retriever;

    [Fact]
    public async Task All_five_manual_versions_are_published_with_fully_described_passages()
    {
        corpus.Require();
        Assert.All(corpus.Outcomes, o => Assert.Equal(IngestStatus.Published, o.Status));
        var versions = await corpus.Data.Store.ListVersionsAsync(null, Ct);
        Assert.Equal(5, versions.Count);

        foreach (var version in versions)
        {
            var passages = await corpus.Data.Store.GetPassagesAsync(version.Key, Ct);
            Assert.NotEmpty(passages);
            Assert.All(passages, p =>
            {
                Assert.Equal(version.ManualId, p.ManualId);
                Assert.Equal(version.Version, p.Version);
                Assert.Equal(version.EffectiveDate, p.EffectiveDate);
                Assert.NotEmpty(p.SectionPath.Segments);
                Assert.InRange(p.PageStart, 1, version.PageCount);
                Assert.InRange(p.PageEnd, p.PageStart, version.PageCount);
                Assert.InRange(p.TokenEstimate, 1, 1200);
                Assert.NotEmpty(p.Regions);
                Assert.Contains(version.Title, p.ContextHeader, StringComparison.Ordinal);
            });
        }
    }

    [Fact]
    public async Task Passage_offsets_point_at_the_passage_text_in_its_page()
    {
        corpus.Require();
        var key = new ManualVersionKey("42-cfr-431", "2019-10-01");
        var passages = await corpus.Data.Store.GetPassagesAsync(key, Ct);
        foreach (var p in passages.Where(p => p.PageStart == p.PageEnd))
        {
            var page = await corpus.Data.Store.GetPageAsync(key, p.PageStart, Ct);
            Assert.NotNull(page);
            Assert.Equal(Squash(p.Text), Squash(page.Text[p.StartOffset..p.EndOffset]));
        }
    }

    [Fact]
    public async Task Timely_determination_ranks_section_435_912_first()
    {
        corpus.Require();
        var hits = await Retriever.RetrieveAsync(new RetrievalRequest("timely determination of eligibility"), Ct);
        Assert.Equal("435.912", hits[0].Passage.SectionNumber);
        Assert.Equal("42-cfr-435", hits[0].Passage.ManualId);
    }

    [Fact]
    public async Task Section_433_400_is_found_only_as_of_dates_when_it_is_in_effect()
    {
        corpus.Require();
        const string question = "continued enrollment for temporary FMAP increase";
        var before = await Retriever.RetrieveAsync(new RetrievalRequest(question, new DateOnly(2019, 12, 1), ["42-cfr-433"], 50), Ct);
        var after = await Retriever.RetrieveAsync(new RetrievalRequest(question, new DateOnly(2021, 1, 1), ["42-cfr-433"], 50), Ct);

        Assert.NotEmpty(before);
        Assert.All(before, h => Assert.NotEqual("433.400", h.Passage.SectionNumber));
        Assert.All(before, h => Assert.Equal("2019-10-01", h.Passage.Version));
        Assert.Equal("433.400", after[0].Passage.SectionNumber);
    }

    [Fact]
    public async Task Two_column_section_435_603_reads_its_paragraphs_in_sequence()
    {
        corpus.Require();
        var passages = await corpus.Data.Store.GetPassagesAsync(new ManualVersionKey("42-cfr-435", "2019-10-01"), Ct);
        var text = Squash(string.Join(" ", passages.Where(p => p.SectionNumber == "435.603").OrderBy(p => p.Ordinal).Select(p => p.Text)));
        var expected = await GroundTruth.SectionParagraphsAsync("435.603", Ct);

        var cursor = 0;
        foreach (var (start, end) in expected)
        {
            var at = text.IndexOf(start, cursor, StringComparison.Ordinal);
            Assert.True(at >= 0, $"paragraph starting '{start}' missing or out of order");
            var endAt = text.IndexOf(end, at, StringComparison.Ordinal);
            Assert.True(endAt >= at, $"paragraph starting '{start}' is not whole");
            cursor = endAt + end.Length;
        }
    }

    [Fact]
    public async Task Adding_the_same_manifest_again_changes_nothing()
    {
        corpus.Require();
        var before = await Snapshot();
        foreach (var request in Manifest.Read(SharedCorpus.Path("corpus", "manifest.json")))
        {
            var outcome = await corpus.Data.Pipeline.IngestAsync(request, publish: true, Ct);
            Assert.Equal(IngestStatus.Unchanged, outcome.Status);
        }

        Assert.Equal(before, await Snapshot());
    }

    private async Task<string> Snapshot()
    {
        var versions = await corpus.Data.Store.ListVersionsAsync(null, Ct);
        var counts = new List<int>();
        foreach (var v in versions)
        {
            counts.Add((await corpus.Data.Store.GetPassagesAsync(v.Key, Ct)).Count);
        }

        return string.Join("|", versions.Select(v => $"{v.Key}:{v.Status}:{v.IngestedAt:O}:{v.PublishedAt:O}:{v.ContentHash}")) + string.Join(",", counts);
    }

    internal static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '-'));
}
