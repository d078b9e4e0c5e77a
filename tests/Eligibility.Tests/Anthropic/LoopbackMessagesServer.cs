using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Eligibility.Tests.Anthropic;

/// <summary>
/// A real HTTP server on 127.0.0.1 (<see cref="HttpListener"/>) that speaks the Anthropic Messages API well enough
/// to test the Claude adapter end to end: <c>POST /v1/messages</c>, every request recorded, answered from a queue
/// of <see cref="MessagesReply"/> scripts (JSON, server-sent-event streams, error statuses, slow replies, or
/// replies written from the request), then from <see cref="Fallback"/>.
/// </summary>
internal sealed class LoopbackMessagesServer : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly ConcurrentQueue<Func<RecordedMessagesRequest, MessagesReply>> _script = new();
    private readonly List<RecordedMessagesRequest> _requests = [];
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentBag<Task> _handlers = [];
    private readonly Task _loop;
    private int _disposed;

    private LoopbackMessagesServer(HttpListener listener, int port)
    {
        _listener = listener;
        Port = port;
        _loop = Task.Run(AcceptLoopAsync);
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

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

    public static LoopbackMessagesServer Start()
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new LoopbackMessagesServer(listener, port);
            }
            catch (HttpListenerException) when (attempt < 20)
            {
                listener.Close(); // the port was taken between probing and binding: try another
            }
        }
    }

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

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stop.CancelAsync();
        _listener.Close();
        try
        {
            await _loop;
            await Task.WhenAll(_handlers);
        }
        catch (Exception)
        {
            // shutting down: aborted connections are expected
        }

        _stop.Dispose();
    }

    /// <summary>A port that was free a moment ago (HttpListener cannot bind port 0 itself).</summary>
    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        try
        {
            return ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        finally
        {
            probe.Stop();
        }
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested || !_listener.IsListening)
            {
                return;
            }
            catch (HttpListenerException)
            {
                continue;
            }

            var recorded = await RecordAsync(context.Request);
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

            _handlers.Add(RespondAsync(context, reply));
        }
    }

    private static async Task<RecordedMessagesRequest> RecordAsync(HttpListenerRequest request)
    {
        using var reader = new StreamReader(request.InputStream, request.ContentEncoding ?? Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in request.Headers.AllKeys.OfType<string>())
        {
            headers[name] = request.Headers[name] ?? string.Empty;
        }

        return new RecordedMessagesRequest(request.HttpMethod, request.Url?.AbsolutePath ?? string.Empty, headers, body);
    }

    private async Task RespondAsync(HttpListenerContext context, MessagesReply reply)
    {
        var response = context.Response;
        try
        {
            if (reply.DelayBeforeHeaders > TimeSpan.Zero)
            {
                await Task.Delay(reply.DelayBeforeHeaders, _stop.Token);
            }

            response.StatusCode = reply.Status;
            response.ContentType = reply.ContentType;
            response.Headers["request-id"] = "req_test";
            response.SendChunked = true;
            foreach (var chunk in reply.Chunks)
            {
                if (chunk.DelayBefore > TimeSpan.Zero)
                {
                    await Task.Delay(chunk.DelayBefore, _stop.Token);
                }

                var bytes = Encoding.UTF8.GetBytes(chunk.Text);
                await response.OutputStream.WriteAsync(bytes, _stop.Token);
                await response.OutputStream.FlushAsync(_stop.Token);
            }

            response.Close();
        }
        catch (Exception)
        {
            // the client gave up (timeout, cancellation) or the server is stopping
            response.Abort();
        }
    }
}
