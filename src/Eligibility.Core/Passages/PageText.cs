namespace Eligibility.Core.Passages;

/// <summary>The cleaned text of one page (running heads, footers and page numbers removed), in reading order.</summary>
public sealed record PageText(int Page, string Text, bool FromOcr);
