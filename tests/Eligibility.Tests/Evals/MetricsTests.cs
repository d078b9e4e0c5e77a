using Eligibility.Evals.Metrics;
using Eligibility.Evals.Running;
using Eligibility.Evals.Suites;

namespace Eligibility.Tests.Evals;

/// <summary>Case verdicts and suite metrics against values worked out by hand, no index involved.</summary>
public sealed class MetricsTests
{
    private const string Handbook = "medi-cal-eligibility-handbook";

    [Fact]
    public void Suite_metrics_match_hand_computed_values()
    {
        // A: hit at rank 3, 3 citations (2 matching), both facts found, 50 ms.
        var a = Result(
            Answerable("a", [Source("4.1")], ["$130,000", "for one person"]),
            Answered("The limit is $130,000   FOR one\nperson.", [Passage("2.1"), Passage("3.4"), Passage("4.1")], [Cite("4.1"), Cite("§ 4.1"), Cite("3.4")], 50));
        // B: hit at rank 1, 1 matching citation, its fact missing, 10 ms.
        var b = Result(
            Answerable("b", [Source("3.4")], ["$1,836"]),
            Answered("Income limits vary.", [Passage("3.4"), Passage("1.1")], [Cite("3.4")], 10));
        // C: hit only at rank 12, wrongly abstained, fact missing, 40 ms.
        var c = Result(
            Answerable("c", [Source("5.4")], ["reminder"]),
            Abstained([.. Enumerable.Range(1, 11).Select(i => Passage($"1.{i}")), Passage("5.4")], 40));
        // D: unanswerable, rightly abstained, 20 ms.
        var d = Result(Unanswerable("d"), Abstained([Passage("1.1")], 20));
        // E: unanswerable, wrongly answered without citations, 30 ms.
        var e = Result(Unanswerable("e"), Answered("Something.", [Passage("1.1")], [], 30));

        var m = EvalMetrics.Compute([a, b, c, d, e]);

        Assert.Equal(1.0 / 3, m["retrieval.recall@1"]!.Value, 9);
        Assert.Equal(2.0 / 3, m["retrieval.recall@5"]!.Value, 9);
        Assert.Equal(2.0 / 3, m["retrieval.recall@10"]!.Value, 9);
        Assert.Equal(1.0, m["retrieval.recall@20"]!.Value, 9);
        Assert.Equal(((1.0 / 3) + 1 + (1.0 / 12)) / 3, m["retrieval.mrr"]!.Value, 9);
        Assert.Equal((0.5 + 1 + 0) / 3, m["retrieval.ndcg@10"]!.Value, 9);
        Assert.Equal(0.5, m["abstention.precision"]!.Value, 9);
        Assert.Equal(0.5, m["abstention.recall"]!.Value, 9);
        Assert.Equal(0.6, m["abstention.accuracy"]!.Value, 9);
        Assert.Equal(0.75, m["citations.precision"]!.Value, 9);
        Assert.Equal(2.0 / 3, m["citations.coverage"]!.Value, 9);
        Assert.Equal(2.0 / 4, m["facts.recall"]!.Value, 9);
        Assert.Equal(30, m["latency_ms.p50"]);
        Assert.Equal(50, m["latency_ms.p95"]);
    }

    [Fact]
    public void Case_verdicts_give_the_first_hit_and_hits_at_k()
    {
        var result = Result(Answerable("a", [Source("4.1")], []), Answered("x", [Passage("2.1"), Passage("3.4"), Passage("4.1"), Passage("4.1")], [], 1));

        Assert.Equal(3, result.FirstHit);
        Assert.False(result.HitAt(2));
        Assert.True(result.HitAt(3));
        Assert.True(result.AbstentionCorrect);
    }

    [Fact]
    public void Ndcg_counts_each_source_once_against_the_ideal_for_two_sources()
    {
        var evalCase = Answerable("two", [Source("4.1"), Source("4.2")], []);
        var ideal = 1 + (1 / Math.Log2(3));

        var oneAtThree = Result(evalCase, Answered("x", [Passage("1.1"), Passage("2.1"), Passage("4.2"), Passage("4.2")], [], 1));
        var both = Result(evalCase, Answered("x", [Passage("4.1"), Passage("2.1"), Passage("4.2")], [], 1));

        Assert.Equal(0.5 / ideal, oneAtThree.NdcgAt(10), 9);
        Assert.Equal(0, oneAtThree.NdcgAt(2), 9);
        Assert.Equal((1 + 0.5) / ideal, both.NdcgAt(10), 9);
    }

    [Fact]
    public void Facts_are_found_ignoring_case_and_whitespace()
    {
        var evalCase = Answerable("f", [Source("4.1")], ["$65,000 for each  additional member", "up to 10", "$130,000 per couple"]);
        var result = Result(evalCase, Answered("It is $65,000 FOR EACH\n additional\tmember, up to 10.", [], [], 1));

        Assert.Equal(["$65,000 for each  additional member", "up to 10"], result.FactsFound);
    }

    [Fact]
    public void A_table_row_quoted_with_cell_separators_holds_the_fact_written_from_the_printed_page()
    {
        var evalCase = Answerable("t", [Source("4.1")], ["$15.01 to $40 $2.30", "$40 $3.40"]);
        var result = Result(evalCase, Answered("The table: $15.01 to $40 | $2.30 [1]", [], [], 1));

        Assert.Equal(["$15.01 to $40 $2.30"], result.FactsFound);
    }

    [Fact]
    public void Metrics_that_cannot_be_computed_are_null()
    {
        var onlyUnanswerable = EvalMetrics.Compute([Result(Unanswerable("u"), Answered("An answer.", [Passage("1.1")], [], 5))]);

        foreach (var key in new[] { "retrieval.recall@1", "retrieval.recall@10", "retrieval.mrr", "retrieval.ndcg@10", "abstention.precision", "citations.precision", "facts.recall" })
        {
            Assert.Null(onlyUnanswerable[key]);
        }

        Assert.Equal(0, onlyUnanswerable["abstention.recall"]);
        Assert.Equal(0, onlyUnanswerable["citations.coverage"]);
        Assert.Equal(5, onlyUnanswerable["latency_ms.p95"]);

        var empty = EvalMetrics.Compute([]);
        Assert.Null(empty["latency_ms.p50"]);
        Assert.Null(empty["abstention.accuracy"]);
    }

    [Fact]
    public void Expected_sources_match_manual_case_insensitively_and_section_ignoring_section_signs_and_spaces()
    {
        var source = new ExpectedSource("Medi-Cal-Eligibility-Handbook", "§ 4.1");

        Assert.True(source.Matches(Handbook, "Chapter 4 Property (Assets) > 4.1 Property limit"));
        Assert.True(source.Matches(Handbook, "§4.1 Property limit"));
        Assert.False(source.Matches("medi-cal-notices-guide", "4.1 Property limit"));
        Assert.False(source.Matches(Handbook, "Chapter 4 Property (Assets) > 4.2 Exempt property"));
    }

    [Fact]
    public void A_case_groups_by_category_then_as_of_then_answerability_then_manual()
    {
        Assert.Equal("property", (Answerable("a", [Source("4.1")], []) with { Category = "property", AsOf = new DateOnly(2026, 1, 1) }).Group);
        Assert.Equal("as-of", (Answerable("a", [Source("4.1")], []) with { AsOf = new DateOnly(2026, 1, 1) }).Group);
        Assert.Equal("unanswerable", Unanswerable("u").Group);
        Assert.Equal(Handbook, Answerable("a", [Source("4.1")], []).Group);
    }

    private static EvalCase Answerable(string id, IReadOnlyList<ExpectedSource> sources, IReadOnlyList<string> facts) =>
        new(id, $"Question {id}?", null, true, sources, facts, null);

    private static EvalCase Unanswerable(string id) => new(id, $"Question {id}?", null, false, [], [], null);

    private static ExpectedSource Source(string section) => new(Handbook, section);

    private static AnsweredPassage Passage(string section) =>
        new($"{Handbook}@2026-01-01#{section}", Handbook, "2026-01-01", $"Chapter {section[0]} > {section} Title", 1, 1, 1, 0.5);

    private static CitedPassage Cite(string section) => new(1, $"{Handbook}#{section}", Handbook, $"Chapter > {section} Title", "quoted");

    private static CaseAnswer Answered(string text, IReadOnlyList<AnsweredPassage> retrieved, IReadOnlyList<CitedPassage> citations, double latency) =>
        new(text, false, "extractive", retrieved, citations, latency);

    private static CaseAnswer Abstained(IReadOnlyList<AnsweredPassage> retrieved, double latency) =>
        new("The policy manuals do not answer this question.", true, "extractive", retrieved, [], latency);

    private static CaseResult Result(EvalCase evalCase, CaseAnswer answer) => new(evalCase, answer);
}
