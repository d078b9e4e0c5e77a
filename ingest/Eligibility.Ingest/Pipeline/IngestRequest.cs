namespace Eligibility.Ingest.Pipeline;

/// <summary>One file to ingest as one version of one manual.</summary>
public sealed record IngestRequest(string File, string ManualId, string Title, string Version, DateOnly EffectiveDate);
