using Eligibility.Core.Answering;
using Eligibility.Core.Redaction;
using Eligibility.Core.Retrieval;

namespace Eligibility.Core.Determinations;

/// <summary>
/// A language model that drafts a determination from redacted case facts and retrieved passages, citing the
/// passages and taking every number from the calculator it is offered as a tool. It proposes; it cannot decide.
/// </summary>
public interface IDeterminationDrafter
{
    string ModelId { get; }

    /// <summary>Throws <see cref="AnswerGenerationException"/> with a caseworker-readable reason when the model cannot draft.</summary>
    Task<DrafterOutput> DraftAsync(DraftingRequest request, CancellationToken ct);
}

/// <summary>
/// What the model is given: the redacted facts, the passages (cited by <see cref="Passages.Passage.Id"/>), the
/// figures already computed, and the calculator to call for any other figure it needs.
/// </summary>
public sealed record DraftingRequest(string RedactedFacts, IReadOnlyList<RetrievedPassage> Passages, CaseFigures Figures, IncomeCalculatorTool Calculator)
{
    /// <summary>The policy lookup the model may call; null when drafting offers none.</summary>
    public PolicyLookup? Lookup { get; init; }

    /// <summary>The case's people as the redactor knows them, so nothing the model is sent (tool results included) names them.</summary>
    public KnownPeople People { get; init; } = KnownPeople.None;
}

/// <summary>The model's draft before verification: outcome, steps with the citations it claimed, missing information.</summary>
public sealed record DrafterOutput(
    DraftOutcome Outcome,
    string Summary,
    IReadOnlyList<DrafterStep> Steps,
    IReadOnlyList<string> MissingInformation,
    IReadOnlyList<CalculatorCall> CalculatorCalls,
    string PromptHash)
{
    /// <summary>Every function the model invoked while drafting (calculator and policy lookup), with its arguments and result, for the record.</summary>
    public IReadOnlyList<ModelFunctionCall> FunctionCalls { get; init; } = [];
}

public sealed record DrafterStep(string Text, IReadOnlyList<GeneratedCitation> Citations);
