using Eligibility.Core.Audit;

namespace Eligibility.Core.Determinations;

/// <summary>DRAFT until a caseworker decides; APPROVED, AMENDED and REJECTED are final and never change.</summary>
public enum DeterminationState
{
    Draft,
    Approved,
    Amended,
    Rejected,
}

/// <summary>One field a caseworker changed when amending: what the draft said and what the determination says.</summary>
public sealed record Amendment(string Field, string Before, string After);

/// <summary>A caseworker's decision on a draft: who, when, the final outcome and summary, the changes kept as a diff, the reason.</summary>
public sealed record Decision(
    DeterminationState State,
    string DecidedBy,
    DateTimeOffset DecidedAt,
    DraftOutcome FinalOutcome,
    string FinalSummary,
    IReadOnlyList<Amendment> Amendments,
    string? Reason);

/// <summary>
/// A determination: the case facts as entered (with personal details, for the case file), the draft the
/// assistant produced, and once a caseworker decides, the decision. A correction is a new determination that
/// links to the final one it corrects.
/// </summary>
public sealed record Determination(
    string Id,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    CaseFacts Facts,
    DeterminationDraft Draft,
    string? Corrects,
    Decision? Decision = null)
{
    /// <summary>The caseworker the draft belongs to: who asked for it, unless an admin reassigned it. Only they may decide it.</summary>
    public string Owner { get; init; } = CreatedBy;

    public DeterminationState State => Decision?.State ?? DeterminationState.Draft;

    public bool IsFinal => Decision is not null;

    public static string NewId() => "det-" + Guid.NewGuid().ToString("n")[..16];
}

/// <summary>
/// The determinations on file. Each change is written together with its audit entry (one transaction: both
/// or neither). Decisions are recorded only on drafts, in one conditional write.
/// </summary>
public interface IDeterminationStore
{
    /// <summary>Adds a new draft and its audit entry.</summary>
    Task AddAsync(Determination determination, AuditRecord audit, CancellationToken ct);

    Task<Determination?> GetAsync(string id, CancellationToken ct);

    /// <summary>The newest first; only those owned by <paramref name="owner"/> when it is given.</summary>
    Task<IReadOnlyList<Determination>> ListAsync(string? owner, int take, CancellationToken ct);

    /// <summary>Corrections made to a final determination, oldest first.</summary>
    /// <summary>Whether a determination that <paramref name="user"/> owns or asked for cites the passage.</summary>
    Task<bool> CitesAsync(string user, string passageId, CancellationToken ct);

    Task<IReadOnlyList<Determination>> CorrectionsOfAsync(string id, CancellationToken ct);

    /// <summary>
    /// Records the decision if and only if the determination is still a draft; false when it does not exist or
    /// was already decided (a final determination is never overwritten). The audit entry is written only with
    /// the decision.
    /// </summary>
    Task<bool> DecideAsync(string id, Decision decision, AuditRecord audit, CancellationToken ct);

    /// <summary>
    /// Gives a draft to another caseworker, with its audit entry; false when it does not exist or is already final
    /// (a decided determination keeps the owner who decided it).
    /// </summary>
    Task<bool> ReassignAsync(string id, string owner, AuditRecord audit, CancellationToken ct);
}
