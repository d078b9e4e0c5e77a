using Eligibility.Core.Publishing;
using Hangfire;
using Hangfire.States;
using Microsoft.Extensions.Options;

namespace Eligibility.Server.Publishing;

/// <summary>
/// Resumes uploads whose job will not finish them: running under a lease that ran out (the worker's process was
/// killed or lost the database), or queued with no live job (the process stopped between keeping the upload and
/// queuing its job, or the job was deleted). Runs at start-up and as a recurring job; a resumed upload's job claims
/// it again, so a duplicate does nothing.
/// </summary>
public sealed class UploadRecovery(IUploadStore uploads, UploadIntake intake, JobStorage storage, IOptions<PublishingOptions> options, TimeProvider clock, ILogger<UploadRecovery> logger)
{
    private static readonly string[] Live = [EnqueuedState.StateName, ScheduledState.StateName, ProcessingState.StateName, AwaitingState.StateName];

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(60)]
    [JobDisplayName("Resume stalled uploads")]
    public async Task ResumeAsync(CancellationToken ct)
    {
        var stale = clock.GetUtcNow() - options.Value.Lease;
        using var connection = storage.GetConnection();
        foreach (var upload in await uploads.UnfinishedAsync(ct))
        {
            var reason = upload.Status switch
            {
                UploadStatus.Running when upload.UpdatedAt < stale => $"its worker stopped during '{upload.Stage}' (no heartbeat since {upload.UpdatedAt:HH:mm:ss} UTC)",
                UploadStatus.Queued when upload.JobId is null || connection.GetStateData(upload.JobId)?.Name is not { } state || !Live.Contains(state) => "it had no live job",
                _ => null,
            };
            if (reason is not null)
            {
                ServerLog.UploadResumed(logger, upload.Id, reason);
                await intake.EnqueueAsync(upload.Id, ct);
            }
        }
    }
}
