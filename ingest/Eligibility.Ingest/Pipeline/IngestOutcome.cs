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

    /// <summary>
    /// The failure came from the store, the index or the embedder (a dropped connection, a full disk, a timeout), not
    /// from the file: trying again later may succeed. Bad input is never transient.
    /// </summary>
    public bool Transient { get; init; }

    internal static bool IsTransient(Exception e) =>
        e is System.Data.Common.DbException or IOException or TimeoutException or HttpRequestException or Core.Retrieval.ITransientFailure { IsTransient: true }
        || (e.InnerException is { } inner && IsTransient(inner));
}

/// <summary>How far one file's ingestion has got: its stage, and its pages and passages once read.</summary>
public sealed record IngestProgress(string Stage, int Pages, int Passages);
