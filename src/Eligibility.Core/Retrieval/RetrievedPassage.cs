using Eligibility.Core.Passages;

namespace Eligibility.Core.Retrieval;

/// <summary>A passage found for a question, with its fused score and its rank in each retriever (null when absent).</summary>
public sealed record RetrievedPassage(Passage Passage, double Score, int? LexicalRank, int? DenseRank, double LexicalScore);
