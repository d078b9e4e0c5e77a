using Eligibility.Core.Publishing;
using Eligibility.Ingest.Pipeline;

namespace Eligibility.Server.Publishing;

/// <summary>
/// Takes a running job's progress from the pipeline and, from a loop of its own, writes it to the upload (which
/// renews the lease) and pushes it to the admin page: on every change, and at least every <c>interval</c>.
/// </summary>
internal sealed class JobHeartbeat : IProgress<IngestProgress>, IAsyncDisposable
{
    private readonly IUploadStore _uploads;
    private readonly PublishingNotifier _notifier;
    private readonly Upload _upload;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly TimeSpan _interval;
    private IngestProgress _latest = new("starting", 0, 0);
    private int _changed = 1;

    public JobHeartbeat(IUploadStore uploads, PublishingNotifier notifier, Upload upload, TimeSpan interval)
    {
        (_uploads, _notifier, _upload, _interval) = (uploads, notifier, upload, interval);
        _loop = Task.Run(LoopAsync);
    }

    public void Report(IngestProgress value)
    {
        Volatile.Write(ref _latest, value);
        Interlocked.Exchange(ref _changed, 1);
    }

    private async Task LoopAsync()
    {
        var quiet = TimeSpan.Zero;
        var tick = TimeSpan.FromMilliseconds(250);
        while (!_stop.IsCancellationRequested)
        {
            quiet += tick;
            if (Interlocked.Exchange(ref _changed, 0) == 1 || quiet >= _interval)
            {
                quiet = TimeSpan.Zero;
                var p = Volatile.Read(ref _latest);
                try
                {
                    await _uploads.ProgressAsync(new UploadProgress(_upload.Id, p.Stage, p.Pages, p.Passages), _stop.Token);
                    await _notifier.UploadChangedAsync(_upload with { Status = UploadStatus.Running, Stage = p.Stage, Pages = p.Pages, Passages = p.Passages }, _stop.Token);
                }
                catch (Exception e) when (e is OperationCanceledException || e is System.Data.Common.DbException)
                {
                    // A missed beat is caught up on the next one; a lease that runs out lets another worker resume the upload.
                }
            }

            try
            {
                await Task.Delay(tick, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
