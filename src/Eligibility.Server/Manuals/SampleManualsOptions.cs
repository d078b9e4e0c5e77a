namespace Eligibility.Server.Manuals;

/// <summary>The sample manuals ingested on first start when the index is empty.</summary>
public sealed class SampleManualsOptions
{
    public bool IngestOnFirstStart { get; set; } = true;

    /// <summary>The manifest to ingest; by default corpus-samples/manifest.json found above the content root.</summary>
    public string? Manifest { get; set; }
}
