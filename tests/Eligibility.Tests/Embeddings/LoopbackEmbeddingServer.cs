using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Eligibility.Tests.Support;

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
internal sealed class LoopbackEmbeddingServer : LoopbackHttpServer
{
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Lock _gate = new();

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

    public static LoopbackEmbeddingServer Start() => Run(new LoopbackEmbeddingServer());

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

    protected override Task RespondAsync(LoopbackRequest request, HttpListenerResponse response)
    {
        var recorded = new RecordedRequest(request.Method, request.Path, request.Headers, request.Body);
        lock (_gate)
        {
            _requests.Add(recorded);
        }

        if (!_script.TryDequeue(out var scripted))
        {
            try
            {
                scripted = Fallback(recorded);
            }
            catch (Exception ex)
            {
                scripted = new ScriptedResponse(500, JsonSerializer.Serialize(new { error = new { message = "fallback failed: " + ex.Message } }));
            }
        }

        return ReplyAsync(response, scripted);
    }

    private async Task ReplyAsync(HttpListenerResponse response, ScriptedResponse scripted)
    {
        if (scripted.Delay > TimeSpan.Zero)
        {
            await Task.Delay(scripted.Delay, Stopping);
        }

        await WriteAsync(response, scripted.Status, "application/json", scripted.Body, scripted.Headers);
    }
}
