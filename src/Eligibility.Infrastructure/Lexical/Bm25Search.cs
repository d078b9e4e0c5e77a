using Eligibility.Core.Retrieval;

namespace Eligibility.Infrastructure.Lexical;

/// <summary>
/// BM25 over several segments at once, with collection statistics (N, average length, document
/// frequencies) taken over exactly the segments in scope. Term-at-a-time into a score array per segment.
/// </summary>
public static class Bm25Search
{
    public const float K1 = 1.2f;
    public const float B = 0.75f;

    public static List<PassageHit> Search(IReadOnlyList<Bm25Segment> segments, LexicalQuery query, int top)
    {
        var terms = query.Terms
            .SelectMany(t => LexicalTokens.ForQuery(t.Text).Select(term => (Term: term, t.Weight)))
            .GroupBy(t => t.Term)
            .Select(g => (Term: g.Key, Weight: g.Max(x => x.Weight)))
            .ToList();
        var n = segments.Sum(s => s.Count);
        if (n == 0 || terms.Count == 0)
        {
            return [];
        }

        var averageLength = (float)(segments.Sum(s => s.TotalLength) / n);
        var weighted = terms
            .Select(t => (t.Term, Weight: (float)(t.Weight * Idf(n, segments.Sum(s => s.DocumentFrequency(t.Term))))))
            .Where(t => t.Weight > 0)
            .ToList();

        var best = new PriorityQueue<(Bm25Segment Segment, int Doc), float>();
        foreach (var segment in segments)
        {
            var scores = new float[segment.Count];
            foreach (var (term, weight) in weighted)
            {
                if (!segment.TryGetPostings(term, out var docs, out var tfs))
                {
                    continue;
                }

                for (var i = 0; i < docs.Length; i++)
                {
                    var tf = tfs[i];
                    var norm = K1 * (1 - B + (B * segment.Lengths[docs[i]] / averageLength));
                    scores[docs[i]] += weight * tf * (K1 + 1) / (tf + norm);
                }
            }

            for (var d = 0; d < scores.Length; d++)
            {
                if (scores[d] <= 0)
                {
                    continue;
                }

                if (best.Count < top)
                {
                    best.Enqueue((segment, d), scores[d]);
                }
                else if (best.TryPeek(out _, out var lowest) && scores[d] > lowest)
                {
                    best.DequeueEnqueue((segment, d), scores[d]);
                }
            }
        }

        var hits = new List<PassageHit>(best.Count);
        while (best.TryDequeue(out var item, out var score))
        {
            hits.Add(new PassageHit(item.Segment.Ids[item.Doc], score));
        }

        hits.Reverse();
        return hits;
    }

    private static double Idf(int n, int df) => df == 0 ? 0 : Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
}
