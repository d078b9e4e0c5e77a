using System.Diagnostics;
using System.Net;
using Eligibility.Infrastructure.Embeddings;
using Eligibility.Tests.Support;
using Microsoft.Extensions.AI;

namespace Eligibility.Tests.Embeddings;

/// <summary>The OpenAI-compatible embedder retries 429, 5xx and unreachable servers, honouring Retry-After within a cap, and logs without the key.</summary>
public sealed class OpenAiCompatibleEmbeddingRetryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Retries_after_429_and_succeeds()
    {
        await using var server = LoopbackEmbeddingServer.Start();
        server.Enqueue(
            ScriptedResponse.Json(429, """{"error":{"message":"Rate limit reached"}}"""),
            ScriptedResponse.Embeddings([[3f, 4f]]));
        using var generator = new OpenAiCompatibleEmbeddingGenerator(EmbeddingTestOptions.For(server));

        var result = await generator.GenerateAsync(["a"], cancellationToken: Ct);

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(server.Requests[0].Body, server.Requests[1].Body);
        Assert.Equal([3f, 4f], result[0].Vector.ToArray());
    }

    [Fact]
    public async Task Honours_retry_after_but_caps_it()
    {
        await using var server = LoopbackEmbeddingServer.Start();
        server.Enqueue(
            ScriptedResponse.Json(503, """{"error":{"message":"busy"}}""", ("Retry-After", "3600")),
            ScriptedResponse.Embeddings([[1f]]));
        using var generator = new OpenAiCompatibleEmbeddingGenerator(EmbeddingTestOptions.For(server)); // MaxRetryDelay = 50 ms
        var clock = Stopwatch.StartNew();

        await generator.GenerateAsync(["a"], cancellationToken: Ct);

        Assert.Equal(2, server.Requests.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Waits_as_long_as_retry_after_asks_within_the_cap()
    {
        await using var server = LoopbackEmbeddingServer.Start();
        server.Enqueue(
            ScriptedResponse.Json(429, """{"error":{"message":"slow down"}}""", ("Retry-After", "1")),
            ScriptedResponse.Embeddings([[1f]]));
        var options = EmbeddingTestOptions.For(server);
        options.MaxRetryDelay = TimeSpan.FromSeconds(5);
        using var generator = new OpenAiCompatibleEmbeddingGenerator(options);
        var clock = Stopwatch.StartNew();

        await generator.GenerateAsync(["a"], cancellationToken: Ct);

        Assert.Equal(2, server.Requests.Count);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"retried after only {clock.Elapsed}");
    }

    [Fact]
    public async Task Logs_each_retry_without_the_key()
    {
        await using var server = LoopbackEmbeddingServer.Start();
        server.Enqueue(ScriptedResponse.Json(502, "bad gateway"), ScriptedResponse.Embeddings([[1f]]));
        var logger = new CapturingLogger<OpenAiCompatibleEmbeddingGenerator>();
        using var generator = new OpenAiCompatibleEmbeddingGenerator(EmbeddingTestOptions.For(server), logger: logger);

        await generator.GenerateAsync(["a"], cancellationToken: Ct);

        var line = Assert.Single(logger.Lines);
        Assert.Contains("HTTP 502", line, StringComparison.Ordinal);
        Assert.Contains("retry 1 of 3", line, StringComparison.Ordinal);
        Assert.DoesNotContain(EmbeddingTestOptions.Key, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fails_after_one_attempt_and_three_retries_on_persistent_500()
    {
        await using var server = LoopbackEmbeddingServer.Start();
        server.Fallback = _ => ScriptedResponse.Json(500, """{"error":{"message":"model overloaded","type":"server_error"}}""");
        using var generator = new OpenAiCompatibleEmbeddingGenerator(EmbeddingTestOptions.For(server));

        var ex = await Assert.ThrowsAsync<EmbeddingException>(() => generator.GenerateAsync(["a"], cancellationToken: Ct));

        Assert.Equal(4, server.Requests.Count);
        Assert.Equal(HttpStatusCode.InternalServerError, ex.StatusCode);
        Assert.Equal("openai", ex.Provider);
        Assert.Contains("500", ex.Message, StringComparison.Ordinal);
        Assert.Contains("openai", ex.Message, StringComparison.Ordinal);
        Assert.Contains("/v1/embeddings", ex.Message, StringComparison.Ordinal);
        Assert.Contains("model overloaded", ex.Message, StringComparison.Ordinal);
        Assert.Contains("4 attempts", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(EmbeddingTestOptions.Key, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_server_is_retried_then_reported()
    {
        var options = new EmbeddingOptions
        {
            Provider = EmbeddingProviders.OpenAi,
            BaseUrl = $"http://127.0.0.1:{LoopbackEmbeddingServer.FreePort()}",
            Model = "m",
            ApiKey = EmbeddingTestOptions.Key,
            RetryDelay = TimeSpan.FromMilliseconds(10),
            MaxRetryDelay = TimeSpan.FromMilliseconds(50),
        };
        using var generator = new OpenAiCompatibleEmbeddingGenerator(options);

        var ex = await Assert.ThrowsAsync<EmbeddingException>(() => generator.GenerateAsync(["a"], cancellationToken: Ct));

        Assert.Contains("could not be reached", ex.Message, StringComparison.Ordinal);
        Assert.Contains("4 attempts", ex.Message, StringComparison.Ordinal);
        Assert.IsType<HttpRequestException>(ex.InnerException);
    }
}
