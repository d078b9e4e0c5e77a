namespace Eligibility.Ingest.Chunking;

/// <summary>Passage sizes in estimated tokens (see <see cref="Core.Passages.TokenEstimate"/>).</summary>
public sealed record ChunkerOptions
{
    /// <summary>A section longer than this is split between paragraphs into near-equal passages.</summary>
    public int MaxTokens { get; init; } = 450;

    /// <summary>The size split passages aim for.</summary>
    public int TargetTokens { get; init; } = 350;
}
