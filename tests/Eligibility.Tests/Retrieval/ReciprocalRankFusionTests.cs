using Eligibility.Core.Retrieval;

namespace Eligibility.Tests.Retrieval;

/// <summary>Reciprocal rank fusion: weight / (60 + rank), summed over the lists.</summary>
public sealed class ReciprocalRankFusionTests
{
    [Fact]
    public void Scores_are_weighted_reciprocal_ranks_summed_over_lists()
    {
        IReadOnlyList<PassageHit> lexical = [new("a", 9), new("b", 8), new("c", 7)];
        IReadOnlyList<PassageHit> expanded = [new("c", 3), new("d", 2)];

        var fused = ReciprocalRankFusion.Fuse((lexical, 1.0), (expanded, 0.5)).ToDictionary(f => f.PassageId, f => f.Score);

        Assert.Equal(1.0 / 61, fused["a"], 12);
        Assert.Equal(1.0 / 62, fused["b"], 12);
        Assert.Equal((1.0 / 63) + (0.5 / 61), fused["c"], 12);
        Assert.Equal(0.5 / 62, fused["d"], 12);
    }

    [Fact]
    public void A_passage_in_both_lists_outranks_the_top_of_one_list()
    {
        IReadOnlyList<PassageHit> lexical = [new("a", 9), new("b", 8)];
        IReadOnlyList<PassageHit> dense = [new("b", 0.9), new("e", 0.8)];

        var fused = ReciprocalRankFusion.Fuse((lexical, 1.0), (dense, 1.0));

        Assert.Equal(["b", "a", "e"], fused.Select(f => f.PassageId));
        Assert.True(fused[0].Score > fused[1].Score);
    }

    [Fact]
    public void Only_the_rank_counts_not_the_retriever_score_and_empty_lists_add_nothing()
    {
        IReadOnlyList<PassageHit> lexical = [new("a", 1000), new("b", 0.001)];

        var fused = ReciprocalRankFusion.Fuse((lexical, 1.0), ([], 1.0));

        Assert.Equal(2, fused.Count);
        Assert.Equal(1.0 / 61, fused[0].Score, 12);
        Assert.Equal(1.0 / 62, fused[1].Score, 12);
        Assert.Empty(ReciprocalRankFusion.Fuse());
    }
}
