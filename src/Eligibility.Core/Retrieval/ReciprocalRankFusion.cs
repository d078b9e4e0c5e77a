namespace Eligibility.Core.Retrieval;

/// <summary>Reciprocal rank fusion: score = sum of weight / (k + rank) over the ranked lists a passage appears in.</summary>
public static class ReciprocalRankFusion
{
    public const int K = 60;

    public static IReadOnlyList<(string PassageId, double Score)> Fuse(params (IReadOnlyList<PassageHit> Hits, double Weight)[] lists)
    {
        var scores = new Dictionary<string, double>();
        foreach (var (hits, weight) in lists)
        {
            for (var rank = 0; rank < hits.Count; rank++)
            {
                scores[hits[rank].PassageId] = scores.GetValueOrDefault(hits[rank].PassageId) + (weight / (K + rank + 1));
            }
        }

        return scores.OrderByDescending(s => s.Value).Select(s => (s.Key, s.Value)).ToList();
    }
}
