using Eligibility.Core.Manuals;
using Microsoft.Extensions.AI;

namespace Eligibility.Core.Retrieval;

/// <summary>
/// Finds passages for a question among the manual versions in effect on the as-of date (today by default):
/// BM25 always, dense vectors when an embedder is configured, fused by reciprocal rank.
/// </summary>
public sealed class HybridRetriever(
    IManualStore store,
    IPassageIndex index,
    TimeProvider clock,
    IEmbeddingGenerator<string, Embedding<float>>? embedder = null)
{
    private const int CandidatesPerRetriever = 50;

    public async Task<IReadOnlyList<RetrievedPassage>> RetrieveAsync(RetrievalRequest request, CancellationToken ct)
    {
        var asOf = request.AsOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var scope = (await store.VersionsInEffectAsync(asOf, request.ManualIds, ct)).Select(v => v.Key).ToList();
        if (scope.Count == 0 || string.IsNullOrWhiteSpace(request.Question))
        {
            return [];
        }

        var depth = Math.Max(request.Top, CandidatesPerRetriever);
        var lexical = await index.SearchLexicalAsync(QueryTerms.ToQuery(request.Question), scope, depth, ct);
        IReadOnlyList<PassageHit> dense = [];
        if (embedder is not null)
        {
            var vector = await embedder.GenerateVectorAsync(request.Question, cancellationToken: ct);
            dense = await index.SearchDenseAsync(vector, scope, depth, ct);
        }

        var fused = dense.Count == 0
            ? lexical.Select(h => (h.PassageId, h.Score)).ToList()
            : ReciprocalRankFusion.Fuse((lexical, 1.0), (dense, 1.0)).ToList();
        var top = fused.Take(request.Top).ToList();
        var passages = (await store.GetPassagesAsync(top.Select(t => t.PassageId).ToList(), ct)).ToDictionary(p => p.Id);
        var lexicalRank = lexical.Select((h, i) => (h, i)).ToDictionary(x => x.h.PassageId, x => (Rank: x.i + 1, x.h.Score));
        var denseRank = dense.Select((h, i) => (h.PassageId, i)).ToDictionary(x => x.PassageId, x => x.i + 1);
        return top.Where(t => passages.ContainsKey(t.PassageId))
            .Select(t => new RetrievedPassage(
                passages[t.PassageId],
                t.Score,
                lexicalRank.TryGetValue(t.PassageId, out var l) ? l.Rank : null,
                denseRank.TryGetValue(t.PassageId, out var d) ? d : null,
                lexicalRank.TryGetValue(t.PassageId, out var ls) ? ls.Score : 0))
            .ToList();
    }
}
