using Eligibility.Core.Passages;

namespace Eligibility.Ingest.Chunking;

/// <summary>
/// Passage sizes in tokens, counted by <see cref="Tokens"/>. A section up to <see cref="WholeUpTo"/> tokens is one
/// passage; a longer one is cut into passages of <see cref="MinTokens"/> to <see cref="MaxTokens"/>, near
/// <see cref="TargetTokens"/>, at paragraph boundaries where it can and sentence boundaries where it must.
/// A table, or a single sentence, larger than the budget is kept whole.
/// </summary>
public sealed record ChunkerOptions
{
    public int MinTokens { get; init; } = 250;

    public int MaxTokens { get; init; } = 450;

    public int TargetTokens { get; init; } = 300;

    /// <summary>
    /// The largest section kept as one passage. Above <see cref="MaxTokens"/>, because a section of 460 tokens
    /// cannot be cut into passages that are each at least <see cref="MinTokens"/>.
    /// </summary>
    public int WholeUpTo { get; init; } = 500;

    public TokenCounter Tokens { get; init; } = TokenCounter.Default;
}
