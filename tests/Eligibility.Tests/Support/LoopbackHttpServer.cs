using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Eligibility.Tests.Support;

/// <summary>One request as a <see cref="LoopbackHttpServer"/> read it: method, path, query string, headers and body.</summary>
internal sealed record LoopbackRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body);

/// <summary>
/// The plumbing of a real HTTP server on 127.0.0.1 (<see cref="HttpListener"/>) for tests: binds a free port, accepts
/// requests one at a time, reads each into a <see cref="LoopbackRequest"/> and hands it to <see cref="RespondAsync"/>,
/// whose reply is written off the accept loop; the response is closed after it, or aborted if it throws.
/// </summary>
internal abstract class LoopbackHttpServer : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentBag<Task> _handlers = [];
    private Task _loop = Task.CompletedTask;
    private int _disposed;

    /// <summary>Binds the listener; the server answers once <see cref="Run{T}"/> has started it.</summary>
    protected LoopbackHttpServer()
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                (_listener, Port) = (listener, port);
                return;
            }
            catch (HttpListenerException) when (attempt < 20)
            {
                listener.Close(); // someone took the port between probing and binding: try another
            }
        }
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    /// <summary>Cancelled when the server is disposed: for delays and writes in replies.</summary>
    protected CancellationToken Stopping => _stop.Token;

    /// <summary>A port that was free a moment ago (HttpListener cannot bind port 0 itself).</summary>
    public static int FreePort()
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

    /// <summary>Starts answering requests; returns <paramref name="server"/>.</summary>
    protected static T Run<T>(T server)
        where T : LoopbackHttpServer
    {
        server._loop = Task.Run(server.AcceptLoopAsync);
        return server;
    }

    /// <summary>
    /// Answers one request. Everything up to the first await runs on the accept loop, in arrival order (record the
    /// request and choose the reply there); the rest runs alongside later requests.
    /// </summary>
    protected abstract Task RespondAsync(LoopbackRequest request, HttpListenerResponse response);

    /// <summary>Writes a whole body with its length; <paramref name="headers"/> are set after the content type.</summary>
    protected async Task WriteAsync(HttpListenerResponse response, int status, string contentType, string body, IReadOnlyDictionary<string, string>? headers = null)
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            response.Headers[name] = value;
        }

        var bytes = Encoding.UTF8.GetBytes(body);
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes, Stopping);
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

            var request = await ReadAsync(context.Request);
            _handlers.Add(AnswerAsync(request, context.Response));
        }
    }

    private async Task AnswerAsync(LoopbackRequest request, HttpListenerResponse response)
    {
        try
        {
            await RespondAsync(request, response);
            response.Close();
        }
        catch (Exception)
        {
            // the client gave up (timeout, cancellation) or the server is stopping
            response.Abort();
        }
    }

    private static async Task<LoopbackRequest> ReadAsync(HttpListenerRequest request)
    {
        using var reader = new StreamReader(request.InputStream, request.ContentEncoding ?? Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in request.Headers.AllKeys.OfType<string>())
        {
            headers[name] = request.Headers[name] ?? string.Empty;
        }

        return new LoopbackRequest(request.HttpMethod, request.Url?.AbsolutePath ?? string.Empty, request.Url?.Query ?? string.Empty, headers, body);
    }
}
