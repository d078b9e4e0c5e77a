using Eligibility.Core.Passages;

namespace Eligibility.Ingest.Pipeline;

/// <summary>A file turned into page texts and passages, ready to store.</summary>
public sealed record ParsedManual(IReadOnlyList<PageText> Pages, IReadOnlyList<Passage> Passages, IReadOnlyList<string> Warnings, string ContentHash);
