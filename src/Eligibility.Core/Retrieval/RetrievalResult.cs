namespace Eligibility.Core.Retrieval;

/// <summary>
/// The passages found, the plan they were found with, the date whose rules applied, and the names in the
/// question that no manual in scope uses (a sign the manuals do not cover it).
/// <see cref="Passages"/> are the sources as shown: each section's best passage before any section's second.
/// <see cref="Ranked"/> are the same passages by score: what an answer is drawn from and what abstention reads.
/// </summary>
public sealed record RetrievalResult(QueryPlan Plan, DateOnly AsOf, IReadOnlyList<RetrievedPassage> Passages, TermStatistics Statistics)
{
    /// <summary>The passages of <see cref="Passages"/> in order of score (the same list when none was reordered).</summary>
    public IReadOnlyList<RetrievedPassage> Ranked { get; init; } = Passages;

    public IReadOnlyList<string> UnknownNames { get; init; } = [];

    /// <summary>Laws the question names (<see cref="LawNames"/>) that no passage of the manuals searched mentions.</summary>
    public IReadOnlyList<string> UnknownLaws { get; init; } = [];

    /// <summary>The latest effective date among the versions searched (none when no manual is in effect).</summary>
    public DateOnly? LatestEffective { get; init; }

    /// <summary>
    /// For a question asked as of a past date: the published version that takes effect later and covers the question
    /// best, with its best passage's support. A question about something a later version introduced is answered by
    /// that version, not by whatever the earlier text shares with it.
    /// </summary>
    public LaterCoverage? Later { get; init; }
}

/// <summary>A published version effective after the as-of date, and how much of the question its best passage covers.</summary>
public sealed record LaterCoverage(Manuals.ManualVersionKey Version, DateOnly EffectiveDate, double Support)
{
    /// <summary>Names in the message that no version in effect uses and a later one does, with the first such version.</summary>
    public IReadOnlyList<(string Name, Manuals.ManualVersion Version)> NewNames { get; init; } = [];
}
