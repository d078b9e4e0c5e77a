using Eligibility.Core.Answering;
using Eligibility.Core.Audit;

namespace Eligibility.Core.Conversations;

/// <summary>Caseworkers' conversations: finished answers only, each with what it cited, and feedback on them.</summary>
public interface IConversationStore
{
    /// <summary>The conversation if it exists and belongs to the user; null otherwise.</summary>
    Task<Conversation?> FindAsync(string conversationId, string user, CancellationToken ct);

    Task<Conversation> StartAsync(string user, string title, CancellationToken ct);

    Task<IReadOnlyList<Conversation>> ListAsync(string user, int limit, CancellationToken ct);

    /// <summary>The user's conversations whose title or any question or answer contains every word, newest first.</summary>
    Task<IReadOnlyList<Conversation>> SearchAsync(string user, IReadOnlyList<string> words, int limit, CancellationToken ct);

    Task<IReadOnlyList<StoredAnswer>> AnswersAsync(string conversationId, CancellationToken ct);

    /// <summary>Saves a finished answer and its audit entry in one transaction; half-written answers are never saved.</summary>
    Task SaveAnswerAsync(StoredAnswer answer, AuditRecord audit, CancellationToken ct);

    /// <summary>The answer if it exists in one of the user's conversations.</summary>
    Task<StoredAnswer?> FindAnswerAsync(string answerId, string user, CancellationToken ct);

    /// <summary>Saves feedback on an answer and its audit entry in one transaction.</summary>
    /// <summary>Whether an answer in one of <paramref name="user"/>'s conversations cites the passage.</summary>
    Task<bool> CitesAsync(string user, string passageId, CancellationToken ct);

    Task SaveFeedbackAsync(AnswerFeedback feedback, AuditRecord audit, CancellationToken ct);
}

public sealed record Conversation(string Id, string User, string Title, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>A finished answer as saved: the question as asked and as searched, the text, and its verified citations.</summary>
public sealed record StoredAnswer(
    string Id,
    string ConversationId,
    string Question,
    string StandaloneQuestion,
    string Text,
    bool Abstained,
    AnswerMode Mode,
    string? ModelId,
    DateOnly AsOf,
    IReadOnlyList<AnswerCitation> Citations,
    DateTimeOffset CreatedAt);

public enum FeedbackKind
{
    Helpful,
    Wrong,
    Outdated,
}

public sealed record AnswerFeedback(string AnswerId, string User, FeedbackKind Kind, string? Comment, DateTimeOffset CreatedAt);
