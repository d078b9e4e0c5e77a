using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Eligibility.Infrastructure.Embeddings;

/// <summary>
/// Embeddings from Voyage AI: <c>POST {BaseUrl}/v1/embeddings</c> with <c>{"input":[..],"model":"voyage-3","input_type":"document"|"query"}</c>
/// and a bearer key. Voyage embeds queries and documents differently: pass
/// <c>AdditionalProperties["input_type"] = "query"</c> (see <see cref="QueryOptions"/>) when embedding a search query; the default is
/// <c>"document"</c>. <see cref="EmbeddingGenerationOptions.Dimensions"/> (or <see cref="EmbeddingOptions.Dimensions"/>) is sent as
/// <c>output_dimension</c>.
/// </summary>
public sealed class VoyageEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    public const string DefaultBaseUrl = "https://api.voyageai.com";
    public const string DefaultModel = "voyage-3";

    /// <summary>The <see cref="EmbeddingGenerationOptions.AdditionalProperties"/> key choosing Voyage's <c>input_type</c>.</summary>
    public const string InputTypeProperty = "input_type";
    public const string DocumentInputType = "document";
    public const string QueryInputType = "query";

    private readonly EmbeddingEndpoint _endpoint;
    private readonly string _model;
    private readonly int? _dimensions;
    private readonly int _batchSize;
    private readonly EmbeddingGeneratorMetadata _metadata;

    /// <param name="options">Provider settings; <see cref="EmbeddingOptions.BaseUrl"/> and <see cref="EmbeddingOptions.Model"/> have Voyage defaults.</param>
    /// <param name="httpClient">A client to send requests with (not disposed by this generator); null creates and owns one.</param>
    /// <param name="logger">Receives a warning for each retry; never the API key.</param>
    public VoyageEmbeddingGenerator(EmbeddingOptions options, HttpClient? httpClient = null, ILogger<VoyageEmbeddingGenerator>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        EmbeddingOptionsValidation.Validate(options);
        _model = string.IsNullOrWhiteSpace(options.Model) ? DefaultModel : options.Model.Trim();
        _dimensions = options.Dimensions;
        _batchSize = options.BatchSize;
        var baseUrl = string.IsNullOrWhiteSpace(options.BaseUrl) ? DefaultBaseUrl : options.BaseUrl;
        _endpoint = new EmbeddingEndpoint(EmbeddingProviders.Voyage, baseUrl, options, httpClient, logger);
        _metadata = new EmbeddingGeneratorMetadata(EmbeddingProviders.Voyage, _endpoint.ProviderUri, _model, _dimensions);
    }

    /// <summary>Options that ask for query embeddings (<c>input_type: "query"</c>); a fresh instance each time, so callers may change it.</summary>
    public static EmbeddingGenerationOptions QueryOptions() => new() { AdditionalProperties = new() { [InputTypeProperty] = QueryInputType } };

    /// <summary>The resolved endpoint, e.g. <c>https://api.voyageai.com/v1/embeddings</c>.</summary>
    public Uri Endpoint => _endpoint.Url;

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var inputs = EmbeddingOptionsValidation.Inputs(values);
        var model = string.IsNullOrWhiteSpace(options?.ModelId) ? _model : options.ModelId;
        var dimensions = options?.Dimensions ?? _dimensions;
        var inputType = InputType(options);
        return _endpoint.GenerateAsync(inputs, _batchSize, model, batch => EmbeddingEndpoint.WriteJson(json =>
        {
            EmbeddingEndpoint.WriteInputs(json, batch);
            json.WriteString("model", model);
            json.WriteString("input_type", inputType);
            if (dimensions is { } d)
            {
                json.WriteNumber("output_dimension", d);
            }
        }), cancellationToken);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => EmbeddingEndpoint.Service(this, _metadata, serviceType, serviceKey);

    public void Dispose() => _endpoint.Dispose();

    private static string InputType(EmbeddingGenerationOptions? options)
    {
        if (options?.AdditionalProperties is not { } properties || !properties.TryGetValue(InputTypeProperty, out var value) || value is null)
        {
            return DocumentInputType;
        }

        var text = value.ToString()?.Trim().ToLowerInvariant();
        return text switch
        {
            DocumentInputType or QueryInputType => text,
            _ => throw new ArgumentException($"AdditionalProperties[\"{InputTypeProperty}\"] must be \"{DocumentInputType}\" or \"{QueryInputType}\", not \"{value}\".", nameof(options)),
        };
    }
}
