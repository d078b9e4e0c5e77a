using System.Diagnostics;
using System.Net;
using Eligibility.Infrastructure.Embeddings;
using Microsoft.Extensions.AI;

namespace Eligibility.Tests.Embeddings;

/// <summary>The OpenAI-compatible embedder turns every failure into a clear error that names the reason and never the key.</summary>
public sealed class OpenAiCompatibleEmbeddingErrorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Does_not_retry_a_400_and_reports_the_servers_detail()
    {
        await using var server = LoopbackEmbeddingServer.Start();
        server.Fallback = _ => ScriptedResponse.Json(400, """{"detail":"input is too long for this model"}""");
        using var generator = new OpenAiCompatibleEmbeddingGenerator(EmbeddingTestOptions.For(server));

        var ex = await Assert.ThrowsAsync<EmbeddingException>(() => generator.GenerateAsync(["a"], cancellationToken: Ct));

        Assert.Single(server.Requests);
        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Contains("400", ex.Message, StringComparison.Ordinal);
        Assert.Contains("input is too long for this model", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_401_says_the_key_was_rejected_without_revealing_it_even_when_the_server_echoes_it()
    {
        await using var server = LoopbackEmbeddingServer.Start();
        server.Fallback = _ => ScriptedResponse.Json(401,
            $$$"""{"error":{"message":"Incorrect API key provided: {{{EmbeddingTestOptions.Key}}}.","type":"invalid_request_error"}}""");
        using var generator = new OpenAiCompatibleEmbeddingGenerator(EmbeddingTestOptions.For(server));

        var ex = await Assert.ThrowsAsync<EmbeddingException>(() => generator.GenerateAsync(["a"], cancellationToken: Ct));

        Assert.Single(server.Requests);
        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
        Assert.Contains("401", ex.Message, StringComparison.Ordinal);
        Assert.Contains("API key", ex.Message, StringComparison.Ordinal);
        Assert.Contains("rejected", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Incorrect API key provided", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(EmbeddingTestOptions.Key, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_403_without_a_configured_key_says_the_key_is_missing()
    {
        await using var server = LoopbackEmbeddingServer.Start();
        server.Fallback = _ => ScriptedResponse.Json(403, """{"error":"forbidden"}""");
        using var generator = new OpenAiCompatibleEmbeddingGenerator(EmbeddingTestOptions.For(server, apiKey: null));

        var ex = await Assert.ThrowsAsync<EmbeddingException>(() => generator.GenerateAsync(["a"], cancellationToken: Ct));

        Assert.Contains("403", ex.Message, StringComparison.Ordinal);
        Assert.Contains("API key is missing", ex.Message, StringComparison.Ordinal);
        Assert.Contains("forbidden", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("this is not json {")]
    [InlineData("""{"object":"list","results":[]}""")]
    [InlineData("""{"data":[{"index":0,"embedding":"not-a-vector!"}]}""")]
    [InlineData("""{"data":[{"index":0,"embedding":[0.1,"x"]}]}""")]
    public async Task A_malformed_body_is_a_clear_error(string body)
    {
        await using var server = LoopbackEmbeddingServer.Start();
        server.Enqueue(new ScriptedResponse(200, body));
        using var generator = new OpenAiCompatibleEmbeddingGenerator(EmbeddingTestOptions.For(server));

        var ex = await Assert.ThrowsAsync<EmbeddingException>(() => generator.GenerateAsync(["a"], cancellationToken: Ct));

        Assert.Single(server.Requests);
        Assert.Contains("malformed", ex.Message, StringComparison.Ordinal);
        Assert.Contains("openai", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fewer_embeddings_than_inputs_is_a_clear_error()
    {
        await using var server = LoopbackEmbeddingServer.Start();
        server.Enqueue(ScriptedResponse.Embeddings([[1f]]));
        using var generator = new OpenAiCompatibleEmbeddingGenerator(EmbeddingTestOptions.For(server));

        var ex = await Assert.ThrowsAsync<EmbeddingException>(() => generator.GenerateAsync(["a", "b"], cancellationToken: Ct));

        Assert.Contains("returned 1 embeddings for 2 inputs", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_duplicated_index_is_a_clear_error()
    {
        await using var server = LoopbackEmbeddingServer.Start();
        server.Enqueue(new ScriptedResponse(200, """{"data":[{"index":0,"embedding":[1]},{"index":0,"embedding":[2]}]}"""));
        using var generator = new OpenAiCompatibleEmbeddingGenerator(EmbeddingTestOptions.For(server));

        var ex = await Assert.ThrowsAsync<EmbeddingException>(() => generator.GenerateAsync(["a", "b"], cancellationToken: Ct));

        Assert.Contains("index 0 twice", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_server_times_out_with_a_clear_error()
    {
        await using var server = LoopbackEmbeddingServer.Start();
        server.Enqueue(ScriptedResponse.Embeddings([[1f]]) with { Delay = TimeSpan.FromSeconds(10) });
        var options = EmbeddingTestOptions.For(server);
        options.TimeoutSeconds = 1;
        options.MaxRetries = 0;
        using var generator = new OpenAiCompatibleEmbeddingGenerator(options);

        var ex = await Assert.ThrowsAsync<EmbeddingException>(() => generator.GenerateAsync(["a"], cancellationToken: Ct));

        Assert.Contains("timed out", ex.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Caller_cancellation_is_not_turned_into_an_embedding_error()
    {
        await using var server = LoopbackEmbeddingServer.Start();
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        // The caller gives up once the request has arrived, however long a busy machine took to send it.
        server.Fallback = _ =>
        {
            cts.CancelAfter(TimeSpan.FromMilliseconds(100));
            return ScriptedResponse.Embeddings([[1f]]) with { Delay = TimeSpan.FromSeconds(10) };
        };
        using var generator = new OpenAiCompatibleEmbeddingGenerator(EmbeddingTestOptions.For(server));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => generator.GenerateAsync(["a"], cancellationToken: cts.Token));

        Assert.Single(server.Requests);
    }
}
