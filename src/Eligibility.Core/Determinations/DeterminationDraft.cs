using Eligibility.Core.Answering;

namespace Eligibility.Core.Determinations;

/// <summary>What a draft proposes. <see cref="LeftToCaseworker"/> is the no-model draft: passages and figures, no outcome.</summary>
public enum DraftOutcome
{
    LikelyEligible,
    LikelyIneligible,
    CannotTellYet,
    LeftToCaseworker,
}

/// <summary>A cited policy passage as a draft shows it: passage, manual version, effective date, section, pages and the quoted text.</summary>
public sealed record DraftCitation(
    int Number, string PassageId, string ManualId, string ManualTitle, string Version, DateOnly EffectiveDate, string SectionPath,
    int PageStart, int PageEnd, string CitedText, int Start, int End);

/// <summary>
/// One step of the reasoning with the citations that were verified against the passages. A step without a
/// verified citation is shown as unsupported; a figure in it that the calculator did not produce is named.
/// </summary>
public sealed record DraftStep(string Text, IReadOnlyList<int> Citations, bool Supported, IReadOnlyList<string> UnverifiedFigures);

/// <summary>A calculator call the model made through its tool, with what the calculator answered.</summary>
public sealed record CalculatorCall(string Input, string Output);

/// <summary>A function the model invoked while drafting (the calculator or the policy lookup): its arguments and the result it was sent back.</summary>
public sealed record ModelFunctionCall(string Function, string Arguments, string Result);

/// <summary>
/// A draft determination: the proposed outcome, the reasoning steps each with verified citations, the figures
/// from the calculator (never the model's), the information still missing, and what the model saw.
/// </summary>
public sealed record DeterminationDraft(
    DraftOutcome Outcome,
    string Summary,
    IReadOnlyList<DraftStep> Steps,
    CaseFigures Figures,
    IReadOnlyList<string> MissingInformation,
    IReadOnlyList<DraftCitation> Citations,
    IReadOnlyList<string> PassagesConsidered,
    AnswerMode Mode,
    string? Model,
    string? PromptHash,
    string FactsSentToModel,
    IReadOnlyList<CalculatorCall> CalculatorCalls,
    int DroppedCitations,
    DateOnly AsOf)
{
    /// <summary>Every function the model invoked while drafting, as the drafting kernel's filter recorded it.</summary>
    public IReadOnlyList<ModelFunctionCall> FunctionCalls { get; init; } = [];
}
