using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Anthropic;

/// <summary>
/// A real HTTP server on 127.0.0.1 (<see cref="HttpListener"/>) that speaks the Anthropic Messages API well enough
/// to test the Claude adapter end to end: <c>POST /v1/messages</c>, every request recorded, answered from a queue
/// of <see cref="MessagesReply"/> scripts (JSON, server-sent-event streams, error statuses, slow replies, or
/// replies written from the request), then from <see cref="Fallback"/>.
/// </summary>
internal sealed class LoopbackMessagesServer : LoopbackHttpServer
{
    private readonly ConcurrentQueue<Func<RecordedMessagesRequest, MessagesReply>> _script = new();
    private readonly List<RecordedMessagesRequest> _requests = [];
    private readonly Lock _gate = new();

    /// <summary>Answers requests once the script is used up; by default a 500 saying so.</summary>
    public Func<RecordedMessagesRequest, MessagesReply> Fallback { get; set; } =
        _ => MessagesReply.Error(500, "api_error", "no scripted response left");

    public IReadOnlyList<RecordedMessagesRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public static LoopbackMessagesServer Start() => Run(new LoopbackMessagesServer());

    public LoopbackMessagesServer Enqueue(params MessagesReply[] replies)
    {
        foreach (var reply in replies)
        {
            _script.Enqueue(_ => reply);
        }

        return this;
    }

    /// <summary>Replies written from the request they answer (e.g. citing the passages it carried), one per request in order.</summary>
    public LoopbackMessagesServer Enqueue(params Func<RecordedMessagesRequest, MessagesReply>[] replies)
    {
        foreach (var reply in replies)
        {
            _script.Enqueue(reply);
        }

        return this;
    }

    protected override Task RespondAsync(LoopbackRequest request, HttpListenerResponse response)
    {
        var recorded = new RecordedMessagesRequest(request.Method, request.Path, request.Headers, request.Body);
        lock (_gate)
        {
            _requests.Add(recorded);
        }

        MessagesReply reply;
        if (recorded.Method != "POST" || recorded.Path != "/v1/messages")
        {
            reply = MessagesReply.Error(404, "not_found_error", $"no route for {recorded.Method} {recorded.Path}");
        }
        else
        {
            reply = _script.TryDequeue(out var scripted) ? scripted(recorded) : Fallback(recorded);
        }

        return StreamAsync(response, reply);
    }

    private async Task StreamAsync(HttpListenerResponse response, MessagesReply reply)
    {
        if (reply.DelayBeforeHeaders > TimeSpan.Zero)
        {
            await Task.Delay(reply.DelayBeforeHeaders, Stopping);
        }

        response.StatusCode = reply.Status;
        response.ContentType = reply.ContentType;
        response.Headers["request-id"] = "req_test";
        response.SendChunked = true;
        foreach (var chunk in reply.Chunks)
        {
            if (chunk.DelayBefore > TimeSpan.Zero)
            {
                await Task.Delay(chunk.DelayBefore, Stopping);
            }

            var bytes = Encoding.UTF8.GetBytes(chunk.Text);
            await response.OutputStream.WriteAsync(bytes, Stopping);
            await response.OutputStream.FlushAsync(Stopping);
        }
    }
}
