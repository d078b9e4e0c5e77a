using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Eligibility.Infrastructure.Embeddings;

/// <summary>
/// Embeddings from any server speaking OpenAI's <c>POST /v1/embeddings</c>: OpenAI itself, Hugging Face TEI, Ollama, vLLM.
/// Sends <c>{"model":..,"input":[..],"dimensions":..}</c> in batches of <see cref="EmbeddingOptions.BatchSize"/>, with an optional
/// bearer key, and returns the vectors in input order (the response is ordered by <c>index</c>).
/// <see cref="EmbeddingGenerationOptions.ModelId"/> and <see cref="EmbeddingGenerationOptions.Dimensions"/> override the configured
/// values per call; <see cref="EmbeddingGenerationOptions.AdditionalProperties"/> (e.g. Voyage's <c>input_type</c>) are ignored,
/// so callers can pass the same options whatever the provider.
/// </summary>
public sealed class OpenAiCompatibleEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>Used when <see cref="EmbeddingOptions.BaseUrl"/> is empty.</summary>
    public const string DefaultBaseUrl = "https://api.openai.com";

    private readonly EmbeddingEndpoint _endpoint;
    private readonly string _model;
    private readonly int? _dimensions;
    private readonly int _batchSize;
    private readonly EmbeddingGeneratorMetadata _metadata;

    /// <param name="options">Provider settings; <see cref="EmbeddingOptions.Model"/> is required.</param>
    /// <param name="httpClient">A client to send requests with (not disposed by this generator); null creates and owns one.</param>
    /// <param name="logger">Receives a warning for each retry; never the API key.</param>
    public OpenAiCompatibleEmbeddingGenerator(EmbeddingOptions options, HttpClient? httpClient = null, ILogger<OpenAiCompatibleEmbeddingGenerator>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        EmbeddingOptionsValidation.Validate(options);
        if (string.IsNullOrWhiteSpace(options.Model))
        {
            throw new ArgumentException("Embeddings:Model is required for the 'openai' provider (e.g. text-embedding-3-small, nomic-embed-text, BAAI/bge-small-en-v1.5).", nameof(options));
        }

        _model = options.Model.Trim();
        _dimensions = options.Dimensions;
        _batchSize = options.BatchSize;
        var baseUrl = string.IsNullOrWhiteSpace(options.BaseUrl) ? DefaultBaseUrl : options.BaseUrl;
        _endpoint = new EmbeddingEndpoint(EmbeddingProviders.OpenAi, baseUrl, options, httpClient, logger);
        _metadata = new EmbeddingGeneratorMetadata(EmbeddingProviders.OpenAi, _endpoint.ProviderUri, _model, _dimensions);
    }

    /// <summary>The resolved endpoint, e.g. <c>http://127.0.0.1:8080/v1/embeddings</c>.</summary>
    public Uri Endpoint => _endpoint.Url;

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var inputs = EmbeddingOptionsValidation.Inputs(values);
        var model = string.IsNullOrWhiteSpace(options?.ModelId) ? _model : options.ModelId;
        var dimensions = options?.Dimensions ?? _dimensions;
        return _endpoint.GenerateAsync(inputs, _batchSize, model, batch => EmbeddingEndpoint.WriteJson(json =>
        {
            json.WriteString("model", model);
            EmbeddingEndpoint.WriteInputs(json, batch);
            if (dimensions is { } d)
            {
                json.WriteNumber("dimensions", d);
            }
        }), cancellationToken);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => EmbeddingEndpoint.Service(this, _metadata, serviceType, serviceKey);

    public void Dispose() => _endpoint.Dispose();
}
