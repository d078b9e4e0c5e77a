using Eligibility.Core.Determinations;

namespace Eligibility.Server.Determinations;

/// <summary>A determination as the panel shows it, with what the signed-in user may do with it.</summary>
public sealed record DeterminationView(
    string Id,
    DeterminationState State,
    string CreatedBy,
    string Owner,
    DateTimeOffset CreatedAt,
    string? Corrects,
    IReadOnlyList<string> Corrections,
    CaseFacts Facts,
    DeterminationDraft Draft,
    Decision? Decision,
    bool CanDecide)
{
    /// <param name="userMayDecide">The user passes the decision policy and owns the draft.</param>
    public static DeterminationView Of(Determination d, IReadOnlyList<Determination> corrections, bool userMayDecide) =>
        new(d.Id, d.State, d.CreatedBy, d.Owner, d.CreatedAt, d.Corrects, corrections.Select(c => c.Id).ToList(), d.Facts, d.Draft, d.Decision, userMayDecide && !d.IsFinal);
}

/// <summary>One line of the recent-determinations list.</summary>
public sealed record DeterminationSummary(string Id, DeterminationState State, DraftOutcome Outcome, string? CaseReference, DateOnly BenefitMonth, DateTimeOffset CreatedAt, string? Corrects)
{
    public static DeterminationSummary Of(Determination d) =>
        new(d.Id, d.State, d.Decision?.FinalOutcome ?? d.Draft.Outcome, d.Facts.CaseReference, d.Facts.BenefitMonth, d.CreatedAt, d.Corrects);
}

/// <summary>The reassignment body: the caseworker the draft goes to.</summary>
public sealed record ReassignBody(string? Owner);

/// <summary>The decision body: "approved", "amended" or "rejected", with the amended outcome/summary or the reason.</summary>
public sealed record DecisionBody(string? Decision, string? Outcome, string? Summary, string? Reason);
