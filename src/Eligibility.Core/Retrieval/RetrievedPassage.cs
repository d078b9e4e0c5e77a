using Eligibility.Core.Passages;

namespace Eligibility.Core.Retrieval;

/// <summary>
/// A passage found for a question: its fused score, its rank in each retriever (null when absent) and its
/// support, the weighted share of the question it covers (0–1), which decides abstention.
/// </summary>
public sealed record RetrievedPassage(Passage Passage, double Score, int? LexicalRank, int? DenseRank, double Support);
