using Eligibility.Core.Answering;
using Eligibility.Core.Retrieval;
using Eligibility.Evals.Metrics;
using Eligibility.Evals.Running;
using Eligibility.Evals.Suites;
using Eligibility.Ingest.Pipeline;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Evals;

/// <summary>A small suite about the sample manuals, run end to end through the in-process retriever and answerer.</summary>
public sealed class EvalRunnerTests
{
    private const string Handbook = "medi-cal-eligibility-handbook";

    private const string Suite = """
        suite: samples
        description: The project's own sample manuals
        cases:
          - id: property-2026
            question: Is there a property limit for one person in 2026?
            as_of: 2026-02-01
            answerable: true
            sources:
              - manual: medi-cal-eligibility-handbook
                section: "4.1"
            facts: ["$130,000"]
          - id: property-2025
            question: Is there a property limit for one person in 2026?
            as_of: 2025-02-01
            answerable: true
            sources:
              - manual: medi-cal-eligibility-handbook
                section: "4.1"
          - id: pomona
            question: Does the Pomona district office accept walk-in applications on Saturdays?
            as_of: 2026-02-01
            answerable: false
        """;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_suite_finds_the_property_section_in_the_version_in_effect_and_abstains_on_pomona()
    {
        using var data = await IngestSamples();
        var progress = new List<(int Done, int Total)>();

        var run = await new EvalRunner(Answers(data)).RunAsync([LoadSuite(data)], "in-process", (d, t) => progress.Add((d, t)), Ct);

        Assert.Equal([(1, 3), (2, 3), (3, 3)], progress);
        var byId = run.Results.ToDictionary(r => r.Case.Id);

        var in2026 = byId["property-2026"];
        Assert.True(in2026.HitAt(5), $"first hit {in2026.FirstHit}");
        Assert.All(in2026.Answer.Retrieved.Where(p => p.ManualId == Handbook), p => Assert.Equal("2026-01-01", p.Version));
        Assert.False(in2026.Answer.Abstained, in2026.Answer.Text);
        Assert.Equal(["$130,000"], in2026.FactsFound);

        var in2025 = byId["property-2025"];
        Assert.True(in2025.HitAt(5), $"first hit {in2025.FirstHit}");
        Assert.All(in2025.Answer.Retrieved.Where(p => p.ManualId == Handbook), p => Assert.Equal("2025-01-01", p.Version));
        Assert.DoesNotContain("$130,000", in2025.Answer.Text, StringComparison.Ordinal);

        var pomona = byId["pomona"];
        Assert.True(pomona.Answer.Abstained, pomona.Answer.Text);
        Assert.True(pomona.AbstentionCorrect);
        Assert.Contains("\"pomona\"", pomona.Answer.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(pomona.Answer.Citations);

        Assert.Equal(1, run.Metrics["abstention.recall"]);
        Assert.Equal(1, run.Metrics["retrieval.recall@5"]);
    }

    [Fact]
    public async Task Every_citation_quotes_its_passage_verbatim()
    {
        using var data = await IngestSamples();

        var run = await new EvalRunner(Answers(data)).RunAsync([LoadSuite(data)], "in-process", null, Ct);

        var citations = run.Results.SelectMany(r => r.Answer.Citations).ToList();
        Assert.NotEmpty(citations);
        var passages = (await data.Store.GetPassagesAsync(citations.Select(c => c.PassageId).Distinct().ToList(), Ct)).ToDictionary(p => p.Id);
        foreach (var citation in citations)
        {
            var passage = passages[citation.PassageId];
            Assert.Contains(citation.CitedText, passage.Text, StringComparison.Ordinal);
            Assert.Equal(passage.ManualId, citation.ManualId);
            Assert.Equal(passage.SectionPath.ToString(), citation.SectionPath);
        }

        foreach (var result in run.Results.Where(r => !r.Answer.Abstained))
        {
            Assert.All(result.Answer.Citations, c => Assert.Contains($"{c.CitedText} [{c.Number}]", result.Answer.Text, StringComparison.Ordinal));
        }
    }

    private static InProcessAnswerSource Answers(TempDataFolder data) =>
        new(data.Retriever, data.Get<ExtractiveAnswerer>());

    private static EvalSuite LoadSuite(TempDataFolder data)
    {
        var path = Path.Combine(data.Directory, "samples.yaml");
        File.WriteAllText(path, Suite);
        return SuiteLoader.Load(path);
    }

    private static async Task<TempDataFolder> IngestSamples()
    {
        var data = new TempDataFolder();
        foreach (var request in Manifest.Read(SampleManuals.Manifest))
        {
            await data.Pipeline.IngestAsync(request, publish: true, Ct);
        }

        return data;
    }
}
