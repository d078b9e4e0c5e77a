using Eligibility.Core.Audit;

namespace Eligibility.Core.Publishing;

/// <summary>Uploaded files and their ingestion jobs, kept in the records so any instance can run or show them.</summary>
public interface IUploadStore
{
    /// <summary>Keeps the upload and its content, queued, with its <c>upload-received</c> audit entry, in one transaction.</summary>
    Task AddAsync(Upload upload, byte[] content, AuditRecord audit, CancellationToken ct);

    Task<Upload?> FindAsync(string id, CancellationToken ct);

    /// <summary>The most recent uploads, newest first.</summary>
    Task<IReadOnlyList<Upload>> ListAsync(int limit, CancellationToken ct);

    Task<byte[]?> ContentAsync(string id, CancellationToken ct);

    /// <summary>Notes the background job that will run the upload (a later one replaces it after a crash).</summary>
    Task SetJobAsync(string id, string jobId, CancellationToken ct);

    /// <summary>
    /// Claims the upload for one worker, with one more attempt: when it is queued, or running under a lease that ran
    /// out (its worker died). The claim is one conditional update, so two workers never both hold it.
    /// </summary>
    Task<UploadClaim> ClaimAsync(string id, TimeSpan lease, CancellationToken ct);

    /// <summary>Records progress and renews the running worker's lease.</summary>
    Task ProgressAsync(UploadProgress progress, CancellationToken ct);

    /// <summary>Puts a running upload back in the queue after a transient failure, with the reason.</summary>
    Task RequeueAsync(string id, string reason, CancellationToken ct);

    /// <summary>Uploads not finished: queued, or running (perhaps on a worker that died).</summary>
    Task<IReadOnlyList<Upload>> UnfinishedAsync(CancellationToken ct);

    /// <summary>Records how a job ended, with its audit entry, in one transaction.</summary>
    Task<Upload> FinishAsync(string id, UploadStatus status, int pages, int passages, IReadOnlyList<string> warnings, string? error, AuditRecord audit, CancellationToken ct);
}

/// <summary>What a worker's claim on an upload came to.</summary>
public sealed record UploadClaim(UploadClaimResult Result, Upload? Upload);

public enum UploadClaimResult
{
    /// <summary>The worker holds it now.</summary>
    Claimed,
    /// <summary>Another worker holds a live lease on it.</summary>
    Busy,
    /// <summary>Already finished (staged, unchanged or failed): there is nothing to do.</summary>
    Finished,
    /// <summary>No such upload.</summary>
    Missing,
}
