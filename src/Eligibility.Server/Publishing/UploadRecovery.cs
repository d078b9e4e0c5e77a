using Eligibility.Core.Publishing;
using Hangfire;
using Hangfire.States;
using Microsoft.Extensions.Options;

namespace Eligibility.Server.Publishing;

/// <summary>
/// Resumes uploads whose job will not finish them: running under a lease that ran out (the worker's process was
/// killed or lost the database), queued with no live job (the process stopped between keeping the upload and
/// queuing its job, or the job was deleted), or queued with a job a worker took and never claimed it for (the process
/// was killed in between: the storage hides a taken job for hours). Runs at start-up and as a recurring job; a resumed upload's job claims
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
        var taken = TakenJobIds();
        foreach (var upload in await uploads.UnfinishedAsync(ct))
        {
            var state = upload.JobId is null ? null : connection.GetStateData(upload.JobId)?.Name;
            var reason = upload.Status switch
            {
                UploadStatus.Running when upload.UpdatedAt < stale => $"its worker stopped during '{upload.Stage}' (no heartbeat since {upload.UpdatedAt:HH:mm:ss} UTC)",
                UploadStatus.Queued when state is null || !Live.Contains(state) => "it had no live job",

                // A worker takes a job off the queue, then claims the upload within moments; a job taken (or started)
                // and never claimed for a whole lease belongs to a worker that is gone, and stays hidden for hours.
                UploadStatus.Queued when upload.UpdatedAt < stale && (state == ProcessingState.StateName || taken.Contains(upload.JobId!)) =>
                    $"its worker stopped before claiming it (taken from the queue, unclaimed since {upload.UpdatedAt:HH:mm:ss} UTC)",
                _ => null,
            };
            if (reason is not null)
            {
                ServerLog.UploadResumed(logger, upload.Id, reason);
                await intake.EnqueueAsync(upload.Id, ct);
            }
        }
    }

    /// <summary>Jobs a worker has taken off a queue and not yet finished with (both storages list them).</summary>
    private HashSet<string> TakenJobIds()
    {
        var monitoring = storage.GetMonitoringApi();
        return monitoring.Queues().Select(q => q.Name).Append(EnqueuedState.DefaultQueue).Distinct(StringComparer.Ordinal)
            .SelectMany(queue => monitoring.FetchedJobs(queue, 0, int.MaxValue).Select(j => j.Key))
            .ToHashSet(StringComparer.Ordinal);
    }
}
