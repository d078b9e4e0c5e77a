using Eligibility.Core.Audit;
using Eligibility.Core.Answering;
using Eligibility.Core.Determinations;
using Eligibility.Tests.Determinations;

namespace Eligibility.Tests.Records;

/// <summary>Determinations with every kind of field filled in: nested records, lists, DateOnly, decimals with trailing zeros, nulls.</summary>
internal static class DeterminationSamples
{
    public static readonly DateTimeOffset Noon = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A non-MAGI couple over the property limit, with contact details, a savings amount with cents and a full draft.</summary>
    public static Determination Draft(string? id = null, string createdBy = "maria", DateTimeOffset? at = null, string? corrects = null)
    {
        var facts = CaseFactsSamples.Valid(CaseFactsSamples.NonMagiCouple(savings: 201_234.50m)) with
        {
            CaseReference = "LA-2026-0042",
            Contact = new ContactDetails("(213) 555-0100", null, "12 Main St"),
            Notes = "Robert says the pension is paid quarterly; \"proof\" to follow.",
        };
        facts = facts with { Household = [facts.Household[0] with { Ssn = "123-45-6789", DateOfBirth = new DateOnly(1956, 2, 29) }, facts.Household[1]] };
        var figures = CaseFiguresCalculator.Default.Calculate(facts);
        var draft = new DeterminationDraft(
            DraftOutcome.LikelyIneligible,
            "Countable property is over the limit for two.",
            [
                new DraftStep("Savings of 201,234.50 are countable [1].", [1], true, []),
                new DraftStep("The couple is at 12.5% over.", [], false, ["12.5%"]),
            ],
            figures,
            ["proof of the pension amount"],
            [new DraftCitation(1, "p-0001", "medi-cal-eligibility-handbook", "Medi-Cal Eligibility Handbook", "2026-01-01", new DateOnly(2026, 1, 1), "Property > Limits", 4, 5, "The property limit is $130,000 for one person.", 10, 58)],
            ["p-0001", "p-0002"],
            AnswerMode.Generated,
            "claude-sonnet-4-5",
            "sha256:4f2a",
            "[APPLICANT] is 70; savings 201,234.50",
            [new CalculatorCall("""{"householdSize":2}""", """{"percent":138.0}""")],
            1,
            new DateOnly(2026, 2, 1));
        return new Determination(id ?? Determination.NewId(), createdBy, at ?? Noon, facts, draft, corrects);
    }

    /// <summary>The audit record a store writes with a change (what the server writes is tested with the API).</summary>
    public static AuditRecord Audit(string subject, string kind = "determination-test") => new("tester", kind, subject, new { subject });

    public static Decision Approve(string by, DateTimeOffset at) =>
        new(DeterminationState.Approved, by, at, DraftOutcome.LikelyIneligible, "Countable property is over the limit for two.", [], null);

    public static Decision Amend(string by, DateTimeOffset at) =>
        new(DeterminationState.Amended, by, at, DraftOutcome.CannotTellYet, "Waiting for proof of the pension.",
            [new Amendment("outcome", "likely-ineligible", "cannot-tell-yet"), new Amendment("summary", "Countable property is over the limit for two.", "Waiting for proof of the pension.")],
            "the bank statement is from last year");

    public static Decision Reject(string by, DateTimeOffset at) =>
        new(DeterminationState.Rejected, by, at, DraftOutcome.LikelyIneligible, "Countable property is over the limit for two.", [], "wrong household");
}
