using System.Text.Json.Serialization;

namespace Eligibility.Core.Answering;

/// <summary>What the side panel receives while an answer is made: text, citations, unsupported sentences, then an end.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AnswerStarted), "started")]
[JsonDerivedType(typeof(AnswerSources), "sources")]
[JsonDerivedType(typeof(AnswerDelta), "delta")]
[JsonDerivedType(typeof(AnswerCitation), "citation")]
[JsonDerivedType(typeof(AnswerUnsupported), "unsupported")]
[JsonDerivedType(typeof(AnswerCompleted), "completed")]
[JsonDerivedType(typeof(AnswerFailed), "failed")]
public abstract record AnswerEvent;

/// <summary>The answer has an id and a mode; <paramref name="StandaloneQuestion"/> is the follow-up as searched.</summary>
public sealed record AnswerStarted(string AnswerId, string ConversationId, AnswerMode Mode, string StandaloneQuestion, DateOnly AsOf) : AnswerEvent
{
    /// <summary>True when an earlier turn changed the question searched: the panel shows "Understood as" with an undo.</summary>
    public bool Rewritten { get; init; }
}

/// <summary>The passages retrieved for the question, best first (what the answer could draw on).</summary>
public sealed record AnswerSources(IReadOnlyList<SourcePassage> Passages) : AnswerEvent;

/// <summary>A retrieved passage: where it comes from, and its score and support.</summary>
public sealed record SourcePassage(string PassageId, string ManualId, string Version, string SectionPath, int PageStart, int PageEnd, double Score, double Support);

/// <summary>More answer text.</summary>
public sealed record AnswerDelta(string Text) : AnswerEvent;

/// <summary>
/// A verified citation: the passage, the verbatim text quoted (with its offsets in the passage), and where the
/// passage comes from. <paramref name="Number"/> is the marker shown in the text, one per passage.
/// </summary>
public sealed record AnswerCitation(
    int Number,
    string PassageId,
    string CitedText,
    int Start,
    int End,
    string ManualId,
    string ManualTitle,
    string Version,
    DateOnly EffectiveDate,
    string SectionPath,
    int PageStart,
    int PageEnd) : AnswerEvent;

/// <summary>A sentence of generated text that no verified citation supports.</summary>
public sealed record AnswerUnsupported(string Sentence) : AnswerEvent;

/// <summary>The end of a finished answer.</summary>
public sealed record AnswerCompleted(
    string AnswerId,
    bool Abstained,
    AnswerMode Mode,
    IReadOnlyList<string> PassageIds,
    int DroppedCitations,
    int UnsupportedSentences,
    long RetrievalMilliseconds,
    long ServerMilliseconds,
    long TotalMilliseconds,
    string? PromptHash = null) : AnswerEvent;

/// <summary>The answer could not be made; nothing of it is saved as a finished answer.</summary>
public sealed record AnswerFailed(string Message) : AnswerEvent;
