using Hangfire;
using Microsoft.Extensions.Options;

namespace Eligibility.Server.Publishing;

/// <summary>
/// Registers the recurring jobs at start-up (the watched folder, resuming stalled uploads) and runs the resume
/// once straight away, so uploads a stopped instance left behind go on without waiting for the schedule.
/// </summary>
internal sealed class PublishingSchedule(IServiceProvider services, IOptions<PublishingOptions> options) : IHostedService
{
    public const string ResumeJob = "uploads-resume";
    public const string WatchJob = "watch-folder";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Resolved here, not in the constructor: the host builds every hosted service before starting the first.
        var recurring = services.GetRequiredService<IRecurringJobManager>();
        var jobs = services.GetRequiredService<IBackgroundJobClient>();
        var seconds = options.Value.SweepSeconds;
        var cron = seconds < 60 ? $"*/{seconds} * * * * *" : seconds < 3600 ? $"*/{seconds / 60} * * * *" : Cron.Hourly();
        recurring.AddOrUpdate<UploadRecovery>(ResumeJob, r => r.ResumeAsync(CancellationToken.None), cron);
        if (string.IsNullOrWhiteSpace(options.Value.WatchFolder))
        {
            recurring.RemoveIfExists(WatchJob);
        }
        else
        {
            recurring.AddOrUpdate<FolderWatch>(WatchJob, w => w.ScanAsync(CancellationToken.None), cron);
        }

        jobs.Enqueue<UploadRecovery>(r => r.ResumeAsync(CancellationToken.None));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
