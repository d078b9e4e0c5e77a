using Eligibility.Core.Manuals;
using Eligibility.Core.Passages;

namespace Eligibility.Core.Retrieval;

/// <summary>
/// The searchable side of the passages: a lexical (BM25) index and, when an embedder is configured, vectors.
/// Searches are always scoped to explicit manual versions, so staged data stays invisible until published.
/// </summary>
public interface IPassageIndex
{
    /// <summary>Replaces whatever is indexed for the version with these passages (and vectors, aligned by position).</summary>
    Task IndexAsync(ManualVersionKey key, IReadOnlyList<Passage> passages, IReadOnlyList<ReadOnlyMemory<float>>? vectors, CancellationToken ct);

    Task RemoveAsync(ManualVersionKey key, CancellationToken ct);

    /// <summary>BM25 over the passage text and its contextual header.</summary>
    Task<IReadOnlyList<PassageHit>> SearchLexicalAsync(LexicalQuery query, IReadOnlyCollection<ManualVersionKey> scope, int top, CancellationToken ct);

    /// <summary>
    /// Within the scope: the number of passages and, per term or phrase, how many contain it (matched as the
    /// lexical search matches).
    /// </summary>
    Task<TermStatistics> GetTermStatisticsAsync(IReadOnlyCollection<string> terms, IReadOnlyCollection<ManualVersionKey> scope, CancellationToken ct);

    /// <summary>For each passage, which of the given words or phrases it contains (matched as the lexical search matches).</summary>
    Task<IReadOnlyDictionary<string, HashSet<string>>> MatchTermsAsync(IReadOnlyCollection<string> passageIds, IReadOnlyCollection<string> terms, IReadOnlyCollection<ManualVersionKey> scope, CancellationToken ct);

    /// <summary>Nearest passages by cosine similarity; empty when no vectors are indexed.</summary>
    Task<IReadOnlyList<PassageHit>> SearchDenseAsync(ReadOnlyMemory<float> vector, IReadOnlyCollection<ManualVersionKey> scope, int top, CancellationToken ct);

    /// <summary>
    /// The candidates for a question in one search: BM25 on the query and, with a vector, the nearest vectors, fused by
    /// reciprocal rank (<see cref="ReciprocalRankFusion.K"/>). Without a vector, or with none indexed, the scores are BM25's.
    /// </summary>
    Task<IReadOnlyList<FusedHit>> SearchHybridAsync(LexicalQuery query, ReadOnlyMemory<float>? vector, IReadOnlyCollection<ManualVersionKey> scope, int top, CancellationToken ct);
}

/// <summary>A passage id with the score one retriever gave it (higher is better).</summary>
public sealed record PassageHit(string PassageId, double Score);

/// <summary>A candidate of a hybrid search, with its rank in the lexical and dense lists where the index knows them (1 = first).</summary>
public sealed record FusedHit(string PassageId, double Score, int? LexicalRank = null, int? DenseRank = null);
