using Anthropic.Models.Messages;
using Anthropic.Services;
using Eligibility.Core.Answering;

namespace Eligibility.Infrastructure.Anthropic;

/// <summary>
/// One streamed answer over one HTTP response. Reads raw events under an idle timeout (the clock runs only while
/// waiting for the server, and restarts with every event) and hands out mapped <see cref="GenerationEvent"/>s.
/// <see cref="OpenAsync"/> reads until the first event exists, so every failure that can still be retried
/// (HTTP status, connection, an overloaded error before any text) surfaces there, before anything is yielded.
/// </summary>
internal sealed class ClaudeAnswerStream : IAsyncDisposable
{
    private readonly IAsyncEnumerator<RawMessageStreamEvent> _events;
    private readonly CancellationTokenSource _idle;
    private readonly TimeSpan _timeout;
    private readonly ClaudeStreamMapper _mapper;
    private readonly Queue<GenerationEvent> _pending = new();
    private bool _ended;

    private ClaudeAnswerStream(IAsyncEnumerator<RawMessageStreamEvent> events, CancellationTokenSource idle, TimeSpan timeout, ClaudeStreamMapper mapper)
    {
        _events = events;
        _idle = idle;
        _timeout = timeout;
        _mapper = mapper;
    }

    public ClaudeStreamMapper Mapper => _mapper;

    /// <summary>Sends the request and reads until the first event of the answer (or the end); throws what the SDK throws.</summary>
    public static async Task<ClaudeAnswerStream> OpenAsync(
        IMessageService messages, MessageCreateParams parameters, ClaudeStreamMapper mapper, TimeSpan timeout, CancellationToken ct)
    {
        var idle = CancellationTokenSource.CreateLinkedTokenSource(ct);
        IAsyncEnumerator<RawMessageStreamEvent> events;
        try
        {
            events = messages.CreateStreaming(parameters, idle.Token).GetAsyncEnumerator(idle.Token);
        }
        catch
        {
            idle.Dispose();
            throw;
        }

        var stream = new ClaudeAnswerStream(events, idle, timeout, mapper);
        try
        {
            await stream.FillAsync();
            return stream;
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }

    /// <summary>The next event, or null at the end of the answer.</summary>
    public async ValueTask<GenerationEvent?> NextAsync()
    {
        if (_pending.Count == 0)
        {
            await FillAsync();
        }

        return _pending.TryDequeue(out var next) ? next : null;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _events.DisposeAsync();
        }
        finally
        {
            _idle.Dispose();
        }
    }

    private async Task FillAsync()
    {
        while (_pending.Count == 0 && !_ended)
        {
            bool more;
            _idle.CancelAfter(_timeout);
            try
            {
                more = await _events.MoveNextAsync();
            }
            finally
            {
                _idle.CancelAfter(Timeout.InfiniteTimeSpan); // the caller's own pace does not count
            }

            var mapped = more ? _mapper.Map(_events.Current) : _mapper.Complete();
            _ended = !more || _mapper.Finished;
            foreach (var item in mapped)
            {
                _pending.Enqueue(item);
            }
        }
    }
}
