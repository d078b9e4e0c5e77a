using Eligibility.Core.Passages;
using Eligibility.Ingest.Layout;

namespace Eligibility.Ingest.Structure;

/// <summary>A run of blocks under one heading; the heading block, when there is one, comes first.</summary>
public sealed record Section(SectionPath Path, string? Number, IReadOnlyList<Block> Blocks);
