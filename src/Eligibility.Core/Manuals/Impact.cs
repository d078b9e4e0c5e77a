namespace Eligibility.Core.Manuals;

/// <summary>A saved answer that cited passages of interest: who asked, in which conversation, and which of those passages.</summary>
public sealed record ImpactedAnswer(string AnswerId, string ConversationId, string User, string Question, DateTimeOffset At, IReadOnlyList<string> Passages);

/// <summary>A determination (draft or final) whose draft cited passages of interest; <see cref="State"/> is Draft, Approved, Amended or Rejected.</summary>
public sealed record ImpactedDetermination(string DeterminationId, string Owner, string State, DateTimeOffset At, IReadOnlyList<string> Passages);

/// <summary>Everything on record that relied on a set of passages.</summary>
public sealed record Impact(IReadOnlyList<ImpactedAnswer> Answers, IReadOnlyList<ImpactedDetermination> Determinations);

/// <summary>
/// Which saved answers and determinations cited given passages: before a new version is published, the ones that
/// relied on text it changes or removes are the ones policy staff must look at.
/// </summary>
public interface IImpactQuery
{
    Task<Impact> CitingAsync(IReadOnlyCollection<string> passageIds, CancellationToken ct);
}
