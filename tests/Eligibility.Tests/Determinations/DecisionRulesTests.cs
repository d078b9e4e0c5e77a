using Eligibility.Core.Answering;
using Eligibility.Core.Determinations;

namespace Eligibility.Tests.Determinations;

/// <summary>DRAFT → APPROVED, AMENDED (diff kept) or REJECTED (reason required); a final determination never changes.</summary>
public sealed class DecisionRulesTests
{
    private static readonly Caseworker Worker = new("caseworker");
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    private static Determination Draft(DraftOutcome outcome = DraftOutcome.LikelyEligible)
    {
        var facts = CaseFactsSamples.Valid(CaseFactsSamples.MagiFamily());
        var figures = CaseFiguresCalculator.Default.Calculate(facts);
        var draft = new DeterminationDraft(outcome, "Income is within the limit.", [], figures, [], [], [], AnswerMode.Generated, "model", "hash", "facts", [], 0, facts.BenefitMonth);
        return new Determination("det-1", "caseworker", Now, facts, draft, null);
    }

    [Fact]
    public void Approving_keeps_the_drafted_outcome_and_who_decided()
    {
        var decision = DecisionRules.Decide(Draft(), Worker, new DecisionRequest(DeterminationState.Approved), Now);

        Assert.Equal(DeterminationState.Approved, decision.State);
        Assert.Equal(DraftOutcome.LikelyEligible, decision.FinalOutcome);
        Assert.Equal("caseworker", decision.DecidedBy);
        Assert.Empty(decision.Amendments);
    }

    [Fact]
    public void Amending_keeps_what_changed_as_before_and_after()
    {
        var decision = DecisionRules.Decide(Draft(), Worker, new DecisionRequest(DeterminationState.Amended, DraftOutcome.CannotTellYet, "Need pay stubs."), Now);

        Assert.Equal(DeterminationState.Amended, decision.State);
        Assert.Equal(
            [new Amendment("outcome", "likely-eligible", "cannot-tell-yet"), new Amendment("summary", "Income is within the limit.", "Need pay stubs.")],
            decision.Amendments);
    }

    [Fact]
    public void An_amendment_that_changes_nothing_is_refused()
    {
        var e = Assert.Throws<DecisionException>(() => DecisionRules.Decide(Draft(), Worker, new DecisionRequest(DeterminationState.Amended, DraftOutcome.LikelyEligible), Now));
        Assert.Contains("changes nothing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejecting_needs_a_reason()
    {
        Assert.Throws<DecisionException>(() => DecisionRules.Decide(Draft(), Worker, new DecisionRequest(DeterminationState.Rejected, Reason: "  "), Now));

        var decision = DecisionRules.Decide(Draft(), Worker, new DecisionRequest(DeterminationState.Rejected, Reason: "Wrong household size."), Now);
        Assert.Equal("Wrong household size.", decision.Reason);
    }

    [Fact]
    public void A_draft_that_leaves_the_outcome_to_the_caseworker_cannot_be_approved_only_amended()
    {
        var draft = Draft(DraftOutcome.LeftToCaseworker);

        Assert.Throws<DecisionException>(() => DecisionRules.Decide(draft, Worker, new DecisionRequest(DeterminationState.Approved), Now));
        Assert.Equal(DraftOutcome.LikelyEligible, DecisionRules.Decide(draft, Worker, new DecisionRequest(DeterminationState.Amended, DraftOutcome.LikelyEligible), Now).FinalOutcome);
    }

    [Theory]
    [InlineData(DeterminationState.Approved)]
    [InlineData(DeterminationState.Amended)]
    [InlineData(DeterminationState.Rejected)]
    public void A_final_determination_cannot_be_decided_again(DeterminationState next)
    {
        var final = Draft() with { Decision = DecisionRules.Decide(Draft(), Worker, new DecisionRequest(DeterminationState.Approved), Now) };

        var e = Assert.Throws<DecisionException>(() => DecisionRules.Decide(final, Worker, new DecisionRequest(next, DraftOutcome.LikelyIneligible, "x", "reason"), Now));
        Assert.Contains("already APPROVED", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_is_not_a_decision()
    {
        Assert.Throws<DecisionException>(() => DecisionRules.Decide(Draft(), Worker, new DecisionRequest(DeterminationState.Draft), Now));
    }
}
