using System.Diagnostics;
using Eligibility.Core.Audit;
using Eligibility.Core.Publishing;
using Eligibility.Ingest.Pipeline;
using Hangfire;
using Microsoft.Extensions.Options;

namespace Eligibility.Server.Publishing;

/// <summary>Thrown to have Hangfire try a job again later, with back-off: the failure was not the file's.</summary>
public sealed class TransientUploadException(string message) : Exception(message);

/// <summary>
/// The background job that ingests one upload as a staged version. It claims the upload first (a lease renewed by
/// its heartbeat), so two workers never run it at once, and one that finds it finished does nothing: a job run
/// again stages nothing twice. Bad input fails the upload with its reason and is not retried; a transient failure
/// (database, disk) is retried with back-off up to <see cref="PublishingOptions.MaxAttempts"/>. Staging is one
/// transaction, so a job killed at any point leaves nothing partial, and <see cref="UploadRecovery"/> resumes it.
/// </summary>
public sealed class UploadIngestJob(
    IUploadStore uploads, IngestionPipeline pipeline, PublishingNotifier notifier, IOptions<PublishingOptions> options, ILogger<UploadIngestJob> logger)
{
    [AutomaticRetry(Attempts = 4, DelaysInSeconds = [5, 30, 120, 600], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [JobDisplayName("Ingest upload {0}")]
    public async Task RunAsync(string uploadId, CancellationToken ct)
    {
        var settings = options.Value;
        var claim = await uploads.ClaimAsync(uploadId, settings.Lease, ct);
        if (claim.Result is UploadClaimResult.Finished or UploadClaimResult.Missing)
        {
            return;
        }

        if (claim.Result == UploadClaimResult.Busy)
        {
            throw new TransientUploadException($"upload {uploadId} is being ingested by another worker");
        }

        var upload = claim.Upload!;
        await notifier.UploadChangedAsync(upload, ct);
        var watch = Stopwatch.StartNew();
        var folder = Directory.CreateTempSubdirectory("eligibility-upload-");
        try
        {
            var content = await uploads.ContentAsync(uploadId, ct) ?? throw new InvalidOperationException($"upload {uploadId} has no content");
            var file = Path.Combine(folder.FullName, upload.FileName);
            await File.WriteAllBytesAsync(file, content, ct);
            var request = new IngestRequest(file, upload.ManualId, upload.Title, upload.Version, upload.EffectiveDate);
            IngestOutcome outcome;
            await using (var heartbeat = new JobHeartbeat(uploads, notifier, upload, settings.Lease / 3))
            {
                outcome = await pipeline.IngestAsync(request, publish: false, ct, heartbeat);
            }

            if (outcome is { Status: IngestStatus.Failed, Transient: true })
            {
                var reason = outcome.Error ?? "transient failure";
                if (upload.Attempts < settings.MaxAttempts)
                {
                    ServerLog.UploadRetrying(logger, uploadId, upload.Attempts, reason);
                    await uploads.RequeueAsync(uploadId, reason, CancellationToken.None);
                    await notifier.UploadChangedAsync((await uploads.FindAsync(uploadId, CancellationToken.None))!, CancellationToken.None);
                    throw new TransientUploadException(reason);
                }

                outcome = outcome with { Error = $"{reason} (gave up after {upload.Attempts} attempts)" };
            }

            var status = outcome.Status switch
            {
                IngestStatus.Staged or IngestStatus.Published => UploadStatus.Staged,
                IngestStatus.Unchanged => UploadStatus.Unchanged,
                _ => UploadStatus.Failed,
            };
            var finished = await uploads.FinishAsync(uploadId, status, outcome.Pages, outcome.Passages, outcome.Warnings, outcome.Error,
                new AuditRecord(upload.UploadedBy, "upload-" + status.ToString().ToLowerInvariant(), uploadId, new
                {
                    version = outcome.Key.ToString(), pages = outcome.Pages, passages = outcome.Passages, error = outcome.Error, attempt = upload.Attempts,
                }), CancellationToken.None);
            ServerLog.UploadFinished(logger, uploadId, upload.FileName, status.ToString(), upload.Attempts, watch.ElapsedMilliseconds);
            await notifier.UploadChangedAsync(finished, CancellationToken.None);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
