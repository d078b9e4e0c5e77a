using Eligibility.Infrastructure.Embeddings;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;

namespace Eligibility.Tests.Embeddings;

public sealed class EmbeddingGeneratorFactoryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("none")]
    [InlineData("None")]
    [InlineData("")]
    public void None_means_no_generator(string provider)
    {
        Assert.Null(EmbeddingGeneratorFactory.Create(new EmbeddingOptions { Provider = provider }));
    }

    [Fact]
    public void Default_options_mean_no_generator()
    {
        Assert.Null(EmbeddingGeneratorFactory.Create(new EmbeddingOptions()));
    }

    [Fact]
    public void An_unknown_provider_is_rejected_naming_the_allowed_values()
    {
        var ex = Assert.Throws<ArgumentException>(() => EmbeddingGeneratorFactory.Create(new EmbeddingOptions { Provider = "cohere", Model = "m" }));

        Assert.Contains("'cohere'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("none, openai, voyage", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("openai", typeof(OpenAiCompatibleEmbeddingGenerator))]
    [InlineData("OpenAI", typeof(OpenAiCompatibleEmbeddingGenerator))]
    [InlineData("voyage", typeof(VoyageEmbeddingGenerator))]
    public void Creates_the_named_adapter(string provider, Type expected)
    {
        using var generator = EmbeddingGeneratorFactory.Create(new EmbeddingOptions { Provider = provider, BaseUrl = "http://127.0.0.1:9", Model = "m" });

        Assert.IsType(expected, generator);
    }

    [Fact]
    public void Out_of_range_settings_are_rejected_naming_the_setting()
    {
        var ex = Assert.Throws<ArgumentException>(() => EmbeddingGeneratorFactory.Create(new EmbeddingOptions { Provider = "openai", Model = "m", BatchSize = 0 }));

        Assert.Contains("Embeddings:BatchSize", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_supplied_HttpClient_is_used_and_not_disposed_with_the_generator()
    {
        await using var server = LoopbackEmbeddingServer.Start();
        server.EchoEmbeddings(_ => [1f]);
        using var http = new HttpClient();
        var generator = EmbeddingGeneratorFactory.Create(EmbeddingTestOptions.For(server), http);
        Assert.NotNull(generator);

        await generator.GenerateAsync(["a"], cancellationToken: Ct);
        generator.Dispose();
        using var after = await http.GetAsync(new Uri(server.BaseUrl + "/still-alive"), Ct);

        Assert.Equal(["/v1/embeddings", "/still-alive"], server.Requests.Select(r => r.Path));
    }

    [Fact]
    public void Options_bind_from_the_Embeddings_section_and_never_print_the_key()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Embeddings:Provider"] = "voyage",
            ["Embeddings:Model"] = "voyage-3-lite",
            ["Embeddings:ApiKey"] = EmbeddingTestOptions.Key,
            ["Embeddings:Dimensions"] = "512",
            ["Embeddings:BatchSize"] = "32",
            ["Embeddings:TimeoutSeconds"] = "10",
            ["Embeddings:RetryDelay"] = "00:00:00.250",
        }).Build();

        var options = configuration.GetSection(EmbeddingOptions.SectionName).Get<EmbeddingOptions>()!;

        Assert.Equal("voyage", options.Provider);
        Assert.Equal("voyage-3-lite", options.Model);
        Assert.Equal(512, options.Dimensions);
        Assert.Equal(32, options.BatchSize);
        Assert.Equal(10, options.TimeoutSeconds);
        Assert.Equal(TimeSpan.FromMilliseconds(250), options.RetryDelay);
        Assert.Equal(3, options.MaxRetries);
        Assert.DoesNotContain(EmbeddingTestOptions.Key, options.ToString(), StringComparison.Ordinal);
        Assert.Equal(30, new EmbeddingOptions().TimeoutSeconds);
        Assert.Equal(64, new EmbeddingOptions().BatchSize);
        Assert.Equal(TimeSpan.FromSeconds(1), new EmbeddingOptions().RetryDelay);
    }
}
