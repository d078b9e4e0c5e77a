using Eligibility.Core.Passages;
using Eligibility.Ingest.Layout;

namespace Eligibility.Ingest.Structure;

/// <summary>A run of blocks under one heading; the heading block, when there is one, comes first.</summary>
public sealed record Section(SectionPath Path, string? Number, IReadOnlyList<Block> Blocks)
{
    /// <summary>The first block is the section's heading (false for text before the first heading).</summary>
    public bool HasHeading { get; init; }
}
