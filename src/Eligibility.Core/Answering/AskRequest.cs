namespace Eligibility.Core.Answering;

/// <summary>A caseworker's question in a conversation, with the date whose rules apply and earlier turns.</summary>
public sealed record AskRequest(string ConversationId, string Question, DateOnly? AsOf, IReadOnlyList<ConversationTurn> History, IReadOnlyCollection<string>? ManualIds = null);
