using Eligibility.Core.Passages;

namespace Eligibility.Ingest.Layout;

/// <summary>A document as cleaned page texts and blocks in reading order.</summary>
public sealed record DocumentText(IReadOnlyList<PageText> Pages, IReadOnlyList<Block> Blocks, double BodyFontSize);
