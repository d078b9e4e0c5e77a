namespace Eligibility.Ingest.Reading;

/// <summary>The positioned text runs of one page, as a reader found them (not yet in reading order).</summary>
public sealed record PageLayout(int Number, double Width, double Height, IReadOnlyList<TextRun> Runs, bool FromOcr = false);
