namespace Eligibility.Core.Retrieval;

/// <summary>
/// The passages found, the plan they were found with, the date whose rules applied, and the names in the
/// question that no manual in scope uses (a sign the manuals do not cover it).
/// </summary>
public sealed record RetrievalResult(QueryPlan Plan, DateOnly AsOf, IReadOnlyList<RetrievedPassage> Passages, TermStatistics Statistics)
{
    public IReadOnlyList<string> UnknownNames { get; init; } = [];

    /// <summary>The latest effective date among the versions searched (none when no manual is in effect).</summary>
    public DateOnly? LatestEffective { get; init; }
}
