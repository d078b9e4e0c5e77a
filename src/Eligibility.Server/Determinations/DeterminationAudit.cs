using Eligibility.Core.Audit;
using Eligibility.Core.Determinations;
using Eligibility.Core.Redaction;

namespace Eligibility.Server.Determinations;

/// <summary>
/// What the audit keeps of a determination: for a draft, the facts exactly as sent to any model (redacted), the
/// model and prompt hash, the passages with their manual versions, the figures, the outcome, every step and
/// verified citation; for a decision, who decided, what, the amendments and the reason.
/// </summary>
internal static class DeterminationAudit
{
    public static AuditRecord Drafted(Determination d) => new(d.CreatedBy, "determination-draft", d.Id, new
    {
        corrects = d.Corrects,
        program = d.Facts.Program.ToString(),
        benefitMonth = d.Facts.BenefitMonth,
        factsSent = d.Draft.FactsSentToModel,
        mode = d.Draft.Mode.ToString(),
        model = d.Draft.Model,
        promptHash = d.Draft.PromptHash,
        asOf = d.Draft.AsOf,
        passages = d.Draft.PassagesConsidered,
        citations = d.Draft.Citations.Select(c => new { c.Number, c.PassageId, c.ManualId, c.Version, c.CitedText }),
        outcome = d.Draft.Outcome.ToString(),
        summary = d.Draft.Summary,
        steps = d.Draft.Steps,
        figures = d.Draft.Figures.Steps,
        calculatorCalls = d.Draft.CalculatorCalls,
        functionCalls = d.Draft.FunctionCalls,
        missing = d.Draft.MissingInformation,
        droppedCitations = d.Draft.DroppedCitations,
    });

    public static AuditRecord Decided(Determination d, Decision decision) => new(decision.DecidedBy, "determination-decision", d.Id, new
    {
        state = decision.State.ToString(),
        draftOutcome = d.Draft.Outcome.ToString(),
        finalOutcome = decision.FinalOutcome.ToString(),
        decision.FinalSummary,
        decision.Amendments,
        decision.Reason,
    });

    public static AuditRecord Refused(string user, string id, string reason) => new(user, "determination-decision-refused", id, new { reason });

    /// <summary>A draft that failed: no determination exists, but the redacted facts may have reached the model.</summary>
    public static AuditRecord DraftFailed(string user, CaseFacts facts, string? model, string reason) => new(user, "determination-draft-failed", facts.CaseReference ?? "case", new
    {
        factsSent = FactsRedactor.Redact(facts).Text,
        model,
        reason,
    });

    public static AuditRecord Printed(string user, string id) => new(user, "determination-printed", id, new { });

    public static AuditRecord Reassigned(string admin, string id, string from, string to) => new(admin, "determination-reassigned", id, new { from, to });
}
