using Eligibility.Core.Manuals;

namespace Eligibility.Ingest.Pipeline;

public enum IngestStatus
{
    /// <summary>Stored as a staged version, not yet visible.</summary>
    Staged,
    /// <summary>Stored and published.</summary>
    Published,
    /// <summary>Identical to a stored version; nothing was written.</summary>
    Unchanged,
    /// <summary>Not ingested; nothing was written.</summary>
    Failed,
}

/// <summary>What happened to one file.</summary>
public sealed record IngestOutcome(
    string File,
    ManualVersionKey Key,
    IngestStatus Status,
    int Pages,
    int Passages,
    IReadOnlyList<string> Warnings,
    string? Error,
    TimeSpan Elapsed)
{
    public bool Succeeded => Status != IngestStatus.Failed;
}
