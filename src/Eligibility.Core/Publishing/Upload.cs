namespace Eligibility.Core.Publishing;

/// <summary>Where an uploaded file stands: waiting for a worker, being ingested, or done one way or another.</summary>
public enum UploadStatus
{
    Queued,
    Running,
    /// <summary>Ingested as a staged version, waiting for review and publishing.</summary>
    Staged,
    /// <summary>Identical to a stored version; nothing was written.</summary>
    Unchanged,
    /// <summary>Not ingested, with the reason; nothing of it was staged.</summary>
    Failed,
}

/// <summary>
/// One file uploaded by policy staff (or dropped in the watched folder) to become a staged version of one manual,
/// and how its ingestion job is going.
/// </summary>
public sealed record Upload(
    string Id,
    string FileName,
    string ManualId,
    string Title,
    string Version,
    DateOnly EffectiveDate,
    long Bytes,
    string Sha256,
    string UploadedBy,
    DateTimeOffset UploadedAt,
    UploadStatus Status,
    string Stage,
    int Pages,
    int Passages,
    IReadOnlyList<string> Warnings,
    string? Error,
    int Attempts,
    DateTimeOffset UpdatedAt,
    string? JobId = null)
{
    public bool IsFinished => Status is UploadStatus.Staged or UploadStatus.Unchanged or UploadStatus.Failed;
}

/// <summary>What a running ingestion job has got to: its stage and, once known, its pages and passages.</summary>
public sealed record UploadProgress(string UploadId, string Stage, int Pages, int Passages);
