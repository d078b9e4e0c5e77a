using System.Net;
using Eligibility.Infrastructure.Embeddings;
using Microsoft.Extensions.AI;

namespace Eligibility.Tests.Embeddings;

public sealed class VoyageEmbeddingGeneratorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Embeds_documents_by_default_with_voyage_3_and_the_bearer_key()
    {
        await using var server = LoopbackEmbeddingServer.Start();
        server.Enqueue(new ScriptedResponse(200, """
            {"object":"list","data":[{"object":"embedding","embedding":[0.25,-0.5],"index":1},{"object":"embedding","embedding":[0.75,1.0],"index":0}],
             "model":"voyage-3","usage":{"total_tokens":12}}
            """));
        using var generator = new VoyageEmbeddingGenerator(EmbeddingTestOptions.For(server, EmbeddingProviders.Voyage));

        var result = await generator.GenerateAsync(["Medi-Cal renewal", "share of cost"], cancellationToken: Ct);

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1/embeddings", request.Path);
        Assert.Equal($"Bearer {EmbeddingTestOptions.Key}", request.Header("Authorization"));
        Assert.Equal("voyage-3", request.Json.GetProperty("model").GetString());
        Assert.Equal("document", request.Json.GetProperty("input_type").GetString());
        Assert.Equal(["Medi-Cal renewal", "share of cost"], request.Inputs);
        Assert.False(request.Json.TryGetProperty("output_dimension", out _));

        Assert.Equal([0.75f, 1.0f], result[0].Vector.ToArray());
        Assert.Equal([0.25f, -0.5f], result[1].Vector.ToArray());
        Assert.Equal("voyage-3", result[0].ModelId);
        Assert.Equal(12, result.Usage?.TotalTokenCount);
    }

    [Fact]
    public async Task Embeds_queries_when_input_type_query_is_requested()
    {
        await using var server = LoopbackEmbeddingServer.Start();
        server.EchoEmbeddings(_ => [1f, 0f], model: "voyage-3");
        using var generator = new VoyageEmbeddingGenerator(EmbeddingTestOptions.For(server, EmbeddingProviders.Voyage));

        await generator.GenerateAsync(["is a car counted as an asset?"],
            new EmbeddingGenerationOptions { AdditionalProperties = new() { ["input_type"] = "query" } }, Ct);
        await generator.GenerateVectorAsync("second query", VoyageEmbeddingGenerator.QueryOptions(), Ct);
        await generator.GenerateAsync(["explicit document"],
            new EmbeddingGenerationOptions { AdditionalProperties = new() { ["input_type"] = "Document" } }, Ct);

        Assert.Equal(["query", "query", "document"], server.Requests.Select(r => r.Json.GetProperty("input_type").GetString()));
    }

    [Fact]
    public async Task Sends_the_configured_model_and_output_dimension()
    {
        await using var server = LoopbackEmbeddingServer.Start();
        server.EchoEmbeddings(_ => [1f, 2f, 3f], model: "voyage-3-large");
        var options = EmbeddingTestOptions.For(server, EmbeddingProviders.Voyage);
        options.Model = "voyage-3-large";
        options.Dimensions = 512;
        using var generator = new VoyageEmbeddingGenerator(options);

        var result = await generator.GenerateAsync(["a"], cancellationToken: Ct);

        var body = Assert.Single(server.Requests).Json;
        Assert.Equal("voyage-3-large", body.GetProperty("model").GetString());
        Assert.Equal(512, body.GetProperty("output_dimension").GetInt32());
        Assert.Equal([1f, 2f, 3f], result[0].Vector.ToArray());
    }

    [Fact]
    public async Task Rejects_an_unknown_input_type_without_calling_the_server()
    {
        await using var server = LoopbackEmbeddingServer.Start();
        using var generator = new VoyageEmbeddingGenerator(EmbeddingTestOptions.For(server, EmbeddingProviders.Voyage));

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => generator.GenerateAsync(["a"],
            new EmbeddingGenerationOptions { AdditionalProperties = new() { ["input_type"] = "passage" } }, Ct));

        Assert.Contains("\"document\" or \"query\"", ex.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Reports_voyage_detail_errors_and_retries_429()
    {
        await using var server = LoopbackEmbeddingServer.Start();
        server.Enqueue(
            ScriptedResponse.Json(429, """{"detail":"You have exceeded your rate limit."}"""),
            ScriptedResponse.Json(400, """{"detail":"Value 'document2' is not a valid input_type."}"""));
        using var generator = new VoyageEmbeddingGenerator(EmbeddingTestOptions.For(server, EmbeddingProviders.Voyage));

        var ex = await Assert.ThrowsAsync<EmbeddingException>(() => generator.GenerateAsync(["a"], cancellationToken: Ct));

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal("voyage", ex.Provider);
        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Contains("voyage", ex.Message, StringComparison.Ordinal);
        Assert.Contains("not a valid input_type", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_to_the_voyage_api()
    {
        using var generator = new VoyageEmbeddingGenerator(new EmbeddingOptions { Provider = "voyage", ApiKey = "k" });

        Assert.Equal(new Uri("https://api.voyageai.com/v1/embeddings"), generator.Endpoint);
        Assert.Equal("voyage-3", generator.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId);
    }
}
