using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Eligibility.Tests.Embeddings;

/// <summary>One request as the server saw it.</summary>
internal sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>The body parsed as JSON (cloned, so it outlives the document).</summary>
    public JsonElement Json
    {
        get
        {
            using var doc = JsonDocument.Parse(Body);
            return doc.RootElement.Clone();
        }
    }

    public IReadOnlyList<string> Inputs => Json.GetProperty("input").EnumerateArray().Select(e => e.GetString()!).ToList();
}

/// <summary>A canned answer: status, extra headers, body, and an optional delay before answering.</summary>
internal sealed record ScriptedResponse(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default)
{
    public static ScriptedResponse Json(int status, string body, params (string Name, string Value)[] headers) =>
        new(status, body, headers.ToDictionary(h => h.Name, h => h.Value));

    /// <summary>An OpenAI-shaped success: <c>data[i] = {index, embedding}</c> listed in the order given by <paramref name="order"/> (default: in index order).</summary>
    public static ScriptedResponse Embeddings(IReadOnlyList<float[]> vectors, string model = "test-model", IReadOnlyList<int>? order = null, int? promptTokens = null)
    {
        var indices = order ?? Enumerable.Range(0, vectors.Count).ToList();
        var data = string.Join(",", indices.Select(i =>
            $"{{\"object\":\"embedding\",\"index\":{i},\"embedding\":[{string.Join(",", vectors[i].Select(v => v.ToString("R", CultureInfo.InvariantCulture)))}]}}"));
        var tokens = promptTokens ?? vectors.Count;
        return new(200, $"{{\"object\":\"list\",\"data\":[{data}],\"model\":\"{model}\",\"usage\":{{\"prompt_tokens\":{tokens},\"total_tokens\":{tokens}}}}}");
    }
}

/// <summary>
/// A real HTTP server on 127.0.0.1 (<see cref="HttpListener"/>) for testing the embedding adapters end to end:
/// records every request and answers from a queue of scripted responses, then from <see cref="Fallback"/>.
/// </summary>
internal sealed class LoopbackEmbeddingServer : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly ConcurrentBag<Task> _handlers = [];

    private LoopbackEmbeddingServer(HttpListener listener, int port)
    {
        _listener = listener;
        Port = port;
        _loop = Task.Run(AcceptLoopAsync);
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    /// <summary>Answers requests once the script is used up; by default a 500 saying so.</summary>
    public Func<RecordedRequest, ScriptedResponse> Fallback { get; set; } =
        _ => new ScriptedResponse(500, """{"error":{"message":"no scripted response left"}}""");

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public static LoopbackEmbeddingServer Start()
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new LoopbackEmbeddingServer(listener, port);
            }
            catch (HttpListenerException) when (attempt < 20)
            {
                listener.Close(); // someone took the port between probing and binding: try another
            }
        }
    }

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

    public LoopbackEmbeddingServer Enqueue(params ScriptedResponse[] responses)
    {
        foreach (var response in responses)
        {
            _script.Enqueue(response);
        }

        return this;
    }

    /// <summary>Makes the fallback answer every request with one vector per input, computed by <paramref name="vectorOf"/>.</summary>
    public LoopbackEmbeddingServer EchoEmbeddings(Func<string, float[]> vectorOf, string model = "test-model")
    {
        Fallback = request => ScriptedResponse.Embeddings(request.Inputs.Select(vectorOf).ToList(), model);
        return this;
    }

    public async ValueTask DisposeAsync()
    {
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
            ScriptedResponse response;
            lock (_gate)
            {
                _requests.Add(recorded);
            }

            if (!_script.TryDequeue(out response!))
            {
                try
                {
                    response = Fallback(recorded);
                }
                catch (Exception ex)
                {
                    response = new ScriptedResponse(500, JsonSerializer.Serialize(new { error = new { message = "fallback failed: " + ex.Message } }));
                }
            }

            _handlers.Add(RespondAsync(context, response));
        }
    }

    private static async Task<RecordedRequest> RecordAsync(HttpListenerRequest request)
    {
        using var reader = new StreamReader(request.InputStream, request.ContentEncoding ?? Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in request.Headers.AllKeys.OfType<string>())
        {
            headers[name] = request.Headers[name] ?? string.Empty;
        }

        return new RecordedRequest(request.HttpMethod, request.Url?.AbsolutePath ?? string.Empty, headers, body);
    }

    private async Task RespondAsync(HttpListenerContext context, ScriptedResponse scripted)
    {
        try
        {
            if (scripted.Delay > TimeSpan.Zero)
            {
                await Task.Delay(scripted.Delay, _stop.Token);
            }

            var response = context.Response;
            response.StatusCode = scripted.Status;
            response.ContentType = "application/json";
            foreach (var (name, value) in scripted.Headers ?? new Dictionary<string, string>())
            {
                response.Headers[name] = value;
            }

            var bytes = Encoding.UTF8.GetBytes(scripted.Body);
            response.ContentLength64 = bytes.Length;
            await response.OutputStream.WriteAsync(bytes, _stop.Token);
            response.Close();
        }
        catch (Exception)
        {
            // the client gave up (timeout, cancellation) or the server is stopping
            context.Response.Abort();
        }
    }
}
