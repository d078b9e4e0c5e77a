using Eligibility.Core.Retrieval;

namespace Eligibility.Core.Answering;

/// <summary>
/// A language model that answers only from the passages it is given, citing them, streaming as it writes.
/// Each passage is offered to the model with its <see cref="Passages.Passage.Id"/> as the citation source.
/// </summary>
public interface IAnswerGenerator
{
    /// <summary>The model identifier, recorded with every answer.</summary>
    string ModelId { get; }

    /// <summary>Streams text and citations; throws <see cref="AnswerGenerationException"/> with a caseworker-readable reason.</summary>
    IAsyncEnumerable<GenerationEvent> GenerateAsync(GenerationRequest request, CancellationToken ct);

    /// <summary>Rewrites a follow-up question into one that stands alone, using the conversation so far.</summary>
    Task<string> RewriteFollowUpAsync(string question, IReadOnlyList<ConversationTurn> history, CancellationToken ct);
}

/// <summary>What the model is asked: the (redacted) question, the retrieved passages, and earlier turns.</summary>
public sealed record GenerationRequest(string Question, IReadOnlyList<RetrievedPassage> Passages, IReadOnlyList<ConversationTurn> History);

/// <summary>One earlier question and answer of the conversation.</summary>
public sealed record ConversationTurn(string Question, string Answer);

/// <summary>Something the model produced while streaming.</summary>
public abstract record GenerationEvent;

/// <summary>A piece of answer text, in order.</summary>
public sealed record GeneratedText(string Text) : GenerationEvent;

/// <summary>A citation the model attached to the text streamed so far: the passage (by id) and the text it quotes.</summary>
public sealed record GeneratedCitation(string PassageId, string CitedText) : GenerationEvent;

/// <summary>The end of the stream.</summary>
public sealed record GenerationFinished(string StopReason, int InputTokens, int OutputTokens) : GenerationEvent;

/// <summary>The model could not answer: missing or rejected key, timeout, overload, or an error mid-stream.</summary>
public sealed class AnswerGenerationException : Exception
{
    public AnswerGenerationException()
    {
    }

    public AnswerGenerationException(string message)
        : base(message)
    {
    }

    public AnswerGenerationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
