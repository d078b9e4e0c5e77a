using Eligibility.Core.Answering;

namespace Eligibility.Server.Assistant;

/// <summary>A question from the panel; <c>AsOf</c> is YYYY-MM-DD or empty for today; <c>AsTyped</c> answers it never as a follow-up.</summary>
public sealed record AskMessage(string? Question, string? ConversationId, string? AsOf, bool? AsTyped = null);

/// <summary>Feedback on an answer: helpful, wrong or outdated, with an optional comment.</summary>
public sealed record FeedbackMessage(string? AnswerId, string? Kind, string? Comment);

/// <summary>A passage as the panel shows it, with the passages before and after it in its manual; <c>Withdrawn</c> when its version was rolled back.</summary>
public sealed record PassageView(
    string Id,
    string ManualId,
    string ManualTitle,
    string Version,
    DateOnly EffectiveDate,
    string SectionPath,
    int PageStart,
    int PageEnd,
    string Text,
    bool FromOcr,
    bool Withdrawn,
    string SourceUrl,
    PassageNeighbour? Previous,
    PassageNeighbour? Next)
{
    /// <summary>[start, end] of each sentence that addresses an assistant or model: manual text, shown flagged, never policy.</summary>
    public IReadOnlyList<int[]> Flagged { get; init; } = [];
}

public sealed record PassageNeighbour(string Id, string SectionPath, string Text);

public sealed record ConversationSummary(string Id, string Title, DateTimeOffset UpdatedAt);

public sealed record ConversationView(string Id, string Title, IReadOnlyList<AnswerView> Answers);

public sealed record AnswerView(string Id, string Question, string Text, bool Abstained, AnswerMode Mode, DateOnly AsOf, IReadOnlyList<AnswerCitation> Citations, DateTimeOffset CreatedAt);
