namespace Eligibility.Core.Answering;

/// <summary>The answer generator when no language model is configured: the assistant answers extractively and never calls it.</summary>
public sealed class NoAnswerGenerator : IAnswerGenerator
{
    public static NoAnswerGenerator Instance { get; } = new();

    public string ModelId => "none";

    public IAsyncEnumerable<GenerationEvent> GenerateAsync(GenerationRequest request, CancellationToken ct) =>
        throw new InvalidOperationException("no language model is configured; the assistant answers extractively");

    public Task<string> RewriteFollowUpAsync(string question, IReadOnlyList<ConversationTurn> history, CancellationToken ct) =>
        throw new InvalidOperationException("no language model is configured; follow-ups are rewritten without one");
}
