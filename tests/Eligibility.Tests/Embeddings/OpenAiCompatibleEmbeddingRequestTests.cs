using System.Diagnostics;
using System.Net;
using Eligibility.Infrastructure.Embeddings;
using Microsoft.Extensions.AI;

namespace Eligibility.Tests.Embeddings;

/// <summary>The OpenAI-compatible embedder against a loopback /v1/embeddings: what it sends, how it batches, what it parses.</summary>
public sealed class OpenAiCompatibleEmbeddingRequestTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Posts_model_inputs_and_bearer_key_to_v1_embeddings_and_parses_vectors_and_usage()
    {
        await using var server = LoopbackEmbeddingServer.Start();
        server.Enqueue(ScriptedResponse.Embeddings([[0.1f, 0.2f, 0.3f], [0.4f, 0.5f, 0.6f]], model: "served-model", promptTokens: 7));
        using var generator = new OpenAiCompatibleEmbeddingGenerator(EmbeddingTestOptions.For(server));

        var result = await generator.GenerateAsync(["income limits", "asset test"], cancellationToken: Ct);

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1/embeddings", request.Path);
        Assert.Equal($"Bearer {EmbeddingTestOptions.Key}", request.Header("Authorization"));
        Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Equal("test-model", request.Json.GetProperty("model").GetString());
        Assert.Equal(["income limits", "asset test"], request.Inputs);
        Assert.False(request.Json.TryGetProperty("dimensions", out _));

        Assert.Equal(2, result.Count);
        Assert.Equal([0.1f, 0.2f, 0.3f], result[0].Vector.ToArray());
        Assert.Equal([0.4f, 0.5f, 0.6f], result[1].Vector.ToArray());
        Assert.Equal("served-model", result[0].ModelId);
        Assert.Equal(7, result.Usage?.InputTokenCount);
        Assert.Equal(7, result.Usage?.TotalTokenCount);
    }

    [Fact]
    public async Task Sends_dimensions_when_configured_and_lets_call_options_override_model_and_dimensions()
    {
        await using var server = LoopbackEmbeddingServer.Start();
        server.EchoEmbeddings(_ => [1f, 2f]);
        var options = EmbeddingTestOptions.For(server);
        options.Dimensions = 256;
        using var generator = new OpenAiCompatibleEmbeddingGenerator(options);

        await generator.GenerateAsync(["a"], cancellationToken: Ct);
        await generator.GenerateAsync(["b"], new EmbeddingGenerationOptions { ModelId = "other-model", Dimensions = 64 }, Ct);

        Assert.Equal(256, server.Requests[0].Json.GetProperty("dimensions").GetInt32());
        Assert.Equal("test-model", server.Requests[0].Json.GetProperty("model").GetString());
        Assert.Equal(64, server.Requests[1].Json.GetProperty("dimensions").GetInt32());
        Assert.Equal("other-model", server.Requests[1].Json.GetProperty("model").GetString());
    }

    [Fact]
    public async Task Sends_no_authorization_header_without_a_key_and_ignores_voyage_input_type()
    {
        await using var server = LoopbackEmbeddingServer.Start();
        server.EchoEmbeddings(_ => [1f]);
        using var generator = new OpenAiCompatibleEmbeddingGenerator(EmbeddingTestOptions.For(server, apiKey: null));

        await generator.GenerateAsync(["a"], VoyageEmbeddingGenerator.QueryOptions(), Ct);

        var request = Assert.Single(server.Requests);
        Assert.Null(request.Header("Authorization"));
        Assert.False(request.Json.TryGetProperty("input_type", out _));
    }

    [Fact]
    public async Task Returns_vectors_in_input_order_when_the_server_lists_them_out_of_order()
    {
        await using var server = LoopbackEmbeddingServer.Start();
        server.Enqueue(ScriptedResponse.Embeddings([[0f], [1f], [2f]], order: [2, 0, 1]));
        using var generator = new OpenAiCompatibleEmbeddingGenerator(EmbeddingTestOptions.For(server));

        var result = await generator.GenerateAsync(["zero", "one", "two"], cancellationToken: Ct);

        Assert.Single(server.Requests);
        Assert.Equal([0f, 1f, 2f], result.Select(e => e.Vector.Span[0]));
    }

    [Fact]
    public async Task Splits_150_inputs_into_batches_of_64_64_and_22_and_keeps_their_order()
    {
        await using var server = LoopbackEmbeddingServer.Start();
        server.EchoEmbeddings(text => [float.Parse(text, System.Globalization.CultureInfo.InvariantCulture), 1f]);
        using var generator = new OpenAiCompatibleEmbeddingGenerator(EmbeddingTestOptions.For(server));
        var inputs = Enumerable.Range(0, 150).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        var result = await generator.GenerateAsync(inputs, cancellationToken: Ct);

        Assert.Equal([64, 64, 22], server.Requests.Select(r => r.Inputs.Count));
        Assert.Equal(inputs, server.Requests.SelectMany(r => r.Inputs));
        Assert.Equal(Enumerable.Range(0, 150).Select(i => (float)i), result.Select(e => e.Vector.Span[0]));
        Assert.Equal(150, result.Usage?.InputTokenCount);
    }

    [Fact]
    public async Task Honours_a_configured_batch_size()
    {
        await using var server = LoopbackEmbeddingServer.Start();
        server.EchoEmbeddings(_ => [1f]);
        var options = EmbeddingTestOptions.For(server);
        options.BatchSize = 10;
        using var generator = new OpenAiCompatibleEmbeddingGenerator(options);

        var result = await generator.GenerateAsync(Enumerable.Repeat("x", 25), cancellationToken: Ct);

        Assert.Equal(25, result.Count);
        Assert.Equal([10, 10, 5], server.Requests.Select(r => r.Inputs.Count));
    }

    [Theory]
    [InlineData("", "/v1/embeddings")]
    [InlineData("/", "/v1/embeddings")]
    [InlineData("/v1", "/v1/embeddings")]
    [InlineData("/v1/", "/v1/embeddings")]
    [InlineData("/v1/embeddings", "/v1/embeddings")]
    [InlineData("/openai", "/openai/v1/embeddings")]
    public async Task Base_url_with_or_without_v1_reaches_v1_embeddings(string suffix, string expectedPath)
    {
        await using var server = LoopbackEmbeddingServer.Start();
        server.EchoEmbeddings(_ => [1f]);
        var options = EmbeddingTestOptions.For(server);
        options.BaseUrl = server.BaseUrl + suffix;
        using var generator = new OpenAiCompatibleEmbeddingGenerator(options);

        await generator.GenerateAsync(["a"], cancellationToken: Ct);

        Assert.Equal(expectedPath, Assert.Single(server.Requests).Path);
        Assert.Equal(new Uri(server.BaseUrl + expectedPath), generator.Endpoint);
    }

    [Fact]
    public async Task No_inputs_means_no_request()
    {
        await using var server = LoopbackEmbeddingServer.Start();
        using var generator = new OpenAiCompatibleEmbeddingGenerator(EmbeddingTestOptions.For(server));

        var result = await generator.GenerateAsync([], cancellationToken: Ct);

        Assert.Empty(result);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Works_through_the_GenerateVectorAsync_extension()
    {
        await using var server = LoopbackEmbeddingServer.Start();
        server.EchoEmbeddings(_ => [0.5f, -0.5f]);
        using IEmbeddingGenerator<string, Embedding<float>> generator = new OpenAiCompatibleEmbeddingGenerator(EmbeddingTestOptions.For(server));

        var vector = await generator.GenerateVectorAsync("what is the asset limit?", cancellationToken: Ct);

        Assert.Equal([0.5f, -0.5f], vector.ToArray());
        Assert.Equal(["what is the asset limit?"], Assert.Single(server.Requests).Inputs);
    }

    [Fact]
    public void Exposes_metadata_through_GetService()
    {
        using var generator = new OpenAiCompatibleEmbeddingGenerator(new EmbeddingOptions { Provider = "openai", BaseUrl = "http://127.0.0.1:9/v1", Model = "nomic-embed-text", Dimensions = 768 });

        var metadata = generator.GetService<EmbeddingGeneratorMetadata>();

        Assert.NotNull(metadata);
        Assert.Equal("openai", metadata.ProviderName);
        Assert.Equal("nomic-embed-text", metadata.DefaultModelId);
        Assert.Equal(768, metadata.DefaultModelDimensions);
        Assert.Same(generator, generator.GetService<OpenAiCompatibleEmbeddingGenerator>());
        Assert.Null(generator.GetService(typeof(EmbeddingGeneratorMetadata), "some-key"));
    }

    [Fact]
    public void Requires_a_model()
    {
        var ex = Assert.Throws<ArgumentException>(() => new OpenAiCompatibleEmbeddingGenerator(new EmbeddingOptions { Provider = "openai", BaseUrl = "http://127.0.0.1:9" }));

        Assert.Contains("Embeddings:Model", ex.Message, StringComparison.Ordinal);
    }
}
