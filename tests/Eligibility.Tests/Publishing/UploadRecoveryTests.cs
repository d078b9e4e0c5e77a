using Eligibility.Core.Publishing;
using Eligibility.Server.Assistant;
using Eligibility.Server.Publishing;
using Hangfire;
using Hangfire.States;
using Hangfire.Storage.SQLite;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace Eligibility.Tests.Publishing;

/// <summary>
/// A queued upload whose job a worker took off the queue and never claimed (the process was killed in between) is
/// given a new job once a lease has passed; one whose job is still waiting in the queue is left alone.
/// </summary>
public sealed class UploadRecoveryTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("eligibility-recovery-").FullName;
    private readonly SQLiteStorage _storage;
    private readonly Mock<IUploadStore> _uploads = new();

    public UploadRecoveryTests() =>
        _storage = new SQLiteStorage(Path.Combine(_folder, "jobs.db"), new SQLiteStorageOptions { InvisibilityTimeout = TimeSpan.FromHours(3) });

    public void Dispose()
    {
        _storage.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_job_taken_and_never_claimed_is_given_a_new_one()
    {
        var job = Enqueue("upl-taken");
        TakeAsAWorkerThatDies();
        Unfinished(("upl-taken", job, Now.AddMinutes(-5)));

        await Recovery().ResumeAsync(TestContext.Current.CancellationToken);

        _uploads.Verify(u => u.SetJobAsync("upl-taken", It.Is<string>(id => id != job), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_job_still_in_the_queue_is_left_to_its_worker()
    {
        var job = Enqueue("upl-waiting");
        Unfinished(("upl-waiting", job, Now.AddMinutes(-5)));

        await Recovery().ResumeAsync(TestContext.Current.CancellationToken);

        _uploads.Verify(u => u.SetJobAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task A_job_taken_moments_ago_is_given_its_lease()
    {
        var job = Enqueue("upl-starting");
        TakeAsAWorkerThatDies();
        Unfinished(("upl-starting", job, Now.AddSeconds(-1)));

        await Recovery().ResumeAsync(TestContext.Current.CancellationToken);

        _uploads.Verify(u => u.SetJobAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    private string Enqueue(string uploadId) =>
        new BackgroundJobClient(_storage).Create<UploadIngestJob>(j => j.RunAsync(uploadId, CancellationToken.None), new EnqueuedState());

    // A worker takes the job off the queue and its process ends before anything else: never acknowledged, never given back.
    private void TakeAsAWorkerThatDies()
    {
        var connection = _storage.GetConnection();
        Assert.NotNull(connection.FetchNextJob([EnqueuedState.DefaultQueue], TestContext.Current.CancellationToken));
    }

    private void Unfinished(params (string Id, string JobId, DateTimeOffset UpdatedAt)[] queued) =>
        _uploads.Setup(u => u.UnfinishedAsync(It.IsAny<CancellationToken>())).ReturnsAsync(
            [.. queued.Select(q => new Upload(q.Id, "435.pdf", "42-cfr-435", "Part 435", "2019-10-01", new DateOnly(2019, 10, 1), 100, "sha", "policy",
                q.UpdatedAt, UploadStatus.Queued, "queued", 0, 0, [], null, 0, q.UpdatedAt, q.JobId))]);

    private UploadRecovery Recovery()
    {
        var options = Options.Create(new PublishingOptions { LeaseSeconds = 60 });
        var clock = new Mock<TimeProvider>();
        clock.Setup(c => c.GetUtcNow()).Returns(Now);
        var notifier = new PublishingNotifier(Mock.Of<IHubContext<AdminHub>>(), Mock.Of<IHubContext<AssistantHub>>(), NullLogger<PublishingNotifier>.Instance);
        var intake = new UploadIntake(_uploads.Object, new BackgroundJobClient(_storage), options, clock.Object, notifier);
        return new UploadRecovery(_uploads.Object, intake, _storage, options, clock.Object, NullLogger<UploadRecovery>.Instance);
    }
}
