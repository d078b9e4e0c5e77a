namespace Eligibility.Core.Determinations;

/// <summary>
/// Who may decide, proven by the host: a signed-in person holding the caseworker role in an interactive
/// session. Only the host's authorization code creates one; the model and background code never hold one.
/// </summary>
public sealed record Caseworker(string UserName);

/// <summary>A caseworker's request: approve as drafted, approve with changes, or reject with a reason.</summary>
public sealed record DecisionRequest(DeterminationState Decision, DraftOutcome? Outcome = null, string? Summary = null, string? Reason = null);

/// <summary>A decision that cannot be made: the message names the determination and the reason.</summary>
public class DecisionException(string message) : Exception(message);

/// <summary>A decision by a caseworker who does not own the draft: only its owner decides; an admin can reassign it.</summary>
public sealed class NotTheOwnerException(string message) : DecisionException(message);

/// <summary>The DRAFT → APPROVED / AMENDED / REJECTED rules.</summary>
public static class DecisionRules
{
    public const int MaxReason = 2_000;
    public const int MaxSummary = 8_000;

    public static Decision Decide(Determination determination, Caseworker caseworker, DecisionRequest request, DateTimeOffset now)
    {
        if (determination.IsFinal)
        {
            throw new DecisionException($"determination {determination.Id} is already {determination.State.ToString().ToUpperInvariant()} and cannot change; make a correction instead");
        }

        if (!string.Equals(determination.Owner, caseworker.UserName, StringComparison.Ordinal))
        {
            throw new NotTheOwnerException($"determination {determination.Id} belongs to {determination.Owner}; only they can decide it, unless an admin reassigns it to you");
        }

        if (request.Reason is { Length: > MaxReason })
        {
            throw new DecisionException($"the reason has {request.Reason.Length:N0} characters; the limit is {MaxReason:N0}");
        }

        var draft = determination.Draft;
        switch (request.Decision)
        {
            case DeterminationState.Approved:
                if (draft.Outcome == DraftOutcome.LeftToCaseworker)
                {
                    throw new DecisionException($"determination {determination.Id} has no outcome to approve (the draft leaves it to the caseworker); amend it with the outcome you decide");
                }

                return new Decision(DeterminationState.Approved, caseworker.UserName, now, draft.Outcome, draft.Summary, [], Blank(request.Reason) ? null : request.Reason!.Trim());

            case DeterminationState.Amended:
                var outcome = request.Outcome ?? draft.Outcome;
                var summary = Blank(request.Summary) ? draft.Summary : request.Summary!.Trim();
                if (summary.Length > MaxSummary)
                {
                    throw new DecisionException($"the amended summary has {summary.Length:N0} characters; the limit is {MaxSummary:N0}");
                }

                if (outcome == DraftOutcome.LeftToCaseworker)
                {
                    throw new DecisionException("an amended determination needs an outcome: likely-eligible, likely-ineligible or cannot-tell-yet");
                }

                var amendments = new List<Amendment>();
                if (outcome != draft.Outcome)
                {
                    amendments.Add(new Amendment("outcome", CaseFactsValidator.Token(draft.Outcome), CaseFactsValidator.Token(outcome)));
                }

                if (summary != draft.Summary)
                {
                    amendments.Add(new Amendment("summary", draft.Summary, summary));
                }

                if (amendments.Count == 0)
                {
                    throw new DecisionException($"the amendment to {determination.Id} changes nothing; approve it instead");
                }

                return new Decision(DeterminationState.Amended, caseworker.UserName, now, outcome, summary, amendments, Blank(request.Reason) ? null : request.Reason!.Trim());

            case DeterminationState.Rejected:
                if (Blank(request.Reason))
                {
                    throw new DecisionException($"rejecting {determination.Id} needs a reason");
                }

                return new Decision(DeterminationState.Rejected, caseworker.UserName, now, draft.Outcome, draft.Summary, [], request.Reason!.Trim());

            default:
                throw new DecisionException($"'{request.Decision}' is not a decision (approved, amended or rejected)");
        }
    }

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);
}
