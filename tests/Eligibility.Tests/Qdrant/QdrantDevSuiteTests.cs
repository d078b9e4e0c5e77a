using Eligibility.Core.Answering;
using Eligibility.Evals.Running;
using Eligibility.Evals.Suites;
using Eligibility.Ingest.Pipeline;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Qdrant;

/// <summary>
/// The dev suite on the shared corpus with the index in (loopback) Qdrant: sparse BM25 scored by Qdrant's IDF modifier over
/// the whole collection, term statistics from counts, the product's support rerank and abstention on top. It must meet the
/// floors the embedded index meets in ./test.
/// </summary>
public sealed class QdrantDevSuiteTests
{
    [Fact]
    public async Task The_dev_suite_meets_its_floors_with_the_index_in_Qdrant()
    {
        var manifest = SharedCorpus.Path("corpus", "manifest.json");
        var suite = SuiteLoader.Load(SharedCorpus.Path("evals", "dev-suite.yaml"));
        await using var qdrant = await LoopbackQdrant.StartAsync();
        using var data = new TempDataFolder(new Dictionary<string, string> { ["Qdrant:Url"] = qdrant.Url });
        var passages = 0;
        foreach (var request in Manifest.Read(manifest))
        {
            var outcome = await data.Pipeline.IngestAsync(request, publish: true, TestContext.Current.CancellationToken);
            Assert.True(outcome.Status == IngestStatus.Published, $"{request.File}: {outcome.Status} {string.Join("; ", outcome.Warnings)}");
            passages += outcome.Passages;
        }

        var run = await new EvalRunner(new InProcessAnswerSource(data.Retriever, data.Get<ExtractiveAnswerer>())).RunAsync([suite], "qdrant", null, TestContext.Current.CancellationToken);

        var figures = string.Join(", ", new[] { "retrieval.recall@10", "retrieval.mrr", "abstention.accuracy" }.Select(k => $"{k} {run.Metrics[k]:F3}"));
        TestContext.Current.SendDiagnosticMessage($"dev suite through Qdrant: {figures}");
        Assert.True(run.Metrics["retrieval.recall@10"] >= 0.95 && run.Metrics["retrieval.mrr"] >= 0.80 && run.Metrics["abstention.accuracy"] >= 0.90, figures);
        Assert.Equal(passages, qdrant.State.PointCount("eligibility-passages"));
    }
}
