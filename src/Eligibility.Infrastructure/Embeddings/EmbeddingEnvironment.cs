using System.Globalization;

namespace Eligibility.Infrastructure.Embeddings;

/// <summary>
/// Embedding settings for the command-line tools, from the same names the server's configuration uses as
/// environment variables: <c>Embeddings__Provider</c>, <c>Embeddings__BaseUrl</c>, <c>Embeddings__Model</c>,
/// <c>Embeddings__ApiKey</c>, <c>Embeddings__Dimensions</c>.
/// </summary>
public static class EmbeddingEnvironment
{
    public static EmbeddingOptions Read()
    {
        static string? Get(string name) => Environment.GetEnvironmentVariable($"{EmbeddingOptions.SectionName}__{name}");
        var options = new EmbeddingOptions
        {
            Provider = Get("Provider") ?? EmbeddingProviders.None,
            BaseUrl = Get("BaseUrl"),
            Model = Get("Model"),
            ApiKey = Get("ApiKey"),
        };
        if (int.TryParse(Get("Dimensions"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var dimensions))
        {
            options.Dimensions = dimensions;
        }

        return options;
    }
}
