namespace Eligibility.Core.Answering;

/// <summary>
/// A caseworker's question in a conversation, with the date whose rules apply and earlier turns. <paramref name="KnownNames"/> are people's names the caseworker entered in case facts:
/// they are replaced by placeholders before anything is searched or sent to a model. <paramref name="AsTyped"/> answers the
/// question exactly as typed, never as a follow-up (the caseworker undid an "Understood as").
/// </summary>
public sealed record AskRequest(
    string ConversationId, string Question, DateOnly? AsOf, IReadOnlyList<ConversationTurn> History, IReadOnlyCollection<string>? ManualIds = null,
    IReadOnlyList<string>? KnownNames = null, bool AsTyped = false);
