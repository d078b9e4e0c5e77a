namespace Eligibility.Core.Retrieval;

/// <summary>The passages found, the plan they were found with, and the date whose rules applied.</summary>
public sealed record RetrievalResult(QueryPlan Plan, DateOnly AsOf, IReadOnlyList<RetrievedPassage> Passages, TermStatistics Statistics);
