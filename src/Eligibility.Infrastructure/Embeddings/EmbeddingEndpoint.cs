using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Eligibility.Infrastructure.Embeddings;

/// <summary>
/// The HTTP side shared by the embedding adapters: batching, one POST per batch through a retry pipeline
/// (429, 5xx, network errors and per-attempt timeouts; <c>Retry-After</c> honoured up to a cap), mapping of
/// failures to <see cref="EmbeddingException"/> without the API key, and parsing of the OpenAI-shaped
/// <c>{"data":[{"index":0,"embedding":[...]}],"model":"...","usage":{...}}</c> response that Voyage also uses.
/// </summary>
internal sealed partial class EmbeddingEndpoint : IDisposable
{
    private const int MaxServerMessageLength = 400;

    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly string? _apiKey;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    public EmbeddingEndpoint(string provider, string baseUrl, EmbeddingOptions options, HttpClient? httpClient, ILogger? logger, TimeProvider? timeProvider = null)
    {
        Provider = provider;
        Url = ResolveUrl(baseUrl);
        _apiKey = string.IsNullOrWhiteSpace(options.ApiKey) ? null : options.ApiKey.Trim();
        _logger = logger ?? NullLogger.Instance;
        _time = timeProvider ?? TimeProvider.System;
        Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
        MaxAttempts = 1 + options.MaxRetries;
        _ownsHttp = httpClient is null;
        _http = httpClient ?? new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
        _pipeline = BuildPipeline(options);
    }

    /// <summary>Provider name used in messages and metadata (<c>openai</c>, <c>voyage</c>).</summary>
    public string Provider { get; }

    /// <summary>The full embeddings URL, e.g. <c>http://127.0.0.1:8080/v1/embeddings</c>.</summary>
    public Uri Url { get; }

    /// <summary>The URL as it may appear in messages: no user info, no query string.</summary>
    public string SafeUrl => Url.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);

    public TimeSpan Timeout { get; }

    public int MaxAttempts { get; }

    /// <summary>Root of the provider, for <see cref="EmbeddingGeneratorMetadata"/>.</summary>
    public Uri ProviderUri => new(Url.GetLeftPart(UriPartial.Authority));

    /// <summary>Turns a configured base URL into the embeddings endpoint: appends <c>/v1/embeddings</c>, or only <c>/embeddings</c> when it already ends in <c>/v1</c>.</summary>
    public static Uri ResolveUrl(string baseUrl)
    {
        if (!Uri.TryCreate(baseUrl.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"Embeddings:BaseUrl '{baseUrl}' is not an absolute http(s) URL.", nameof(baseUrl));
        }

        var path = uri.AbsolutePath.TrimEnd('/');
        if (path.EndsWith("/v1/embeddings", StringComparison.OrdinalIgnoreCase))
        {
            // already the full endpoint
        }
        else if (path.EndsWith("/v1", StringComparison.OrdinalIgnoreCase))
        {
            path += "/embeddings";
        }
        else
        {
            path += "/v1/embeddings";
        }

        return new UriBuilder(uri) { Path = path, Query = string.Empty, Fragment = string.Empty }.Uri;
    }

    /// <summary>Embeds <paramref name="inputs"/> in batches of at most <paramref name="batchSize"/>, one request each, and returns the vectors in input order.</summary>
    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IReadOnlyList<string> inputs, int batchSize, string? defaultModel, Func<IReadOnlyList<string>, byte[]> writeBody, CancellationToken cancellationToken)
    {
        var result = new GeneratedEmbeddings<Embedding<float>>(inputs.Count);
        UsageDetails? usage = null;
        for (var start = 0; start < inputs.Count; start += batchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = inputs.Skip(start).Take(batchSize).ToList();
            var (embeddings, batchUsage) = await PostBatchAsync(writeBody(batch), batch.Count, defaultModel, cancellationToken);
            if (result.Count > 0 && embeddings.Count > 0 && embeddings[0].Dimensions != result[0].Dimensions)
            {
                throw Fail($"returned {embeddings[0].Dimensions}-dimensional vectors for inputs {start}..{start + batch.Count - 1} but {result[0].Dimensions}-dimensional vectors for earlier inputs");
            }

            result.AddRange(embeddings);
            if (batchUsage is not null)
            {
                usage ??= new UsageDetails();
                usage.Add(batchUsage);
            }
        }

        result.Usage = usage;
        return result;
    }

    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private async Task<(List<Embedding<float>> Embeddings, UsageDetails? Usage)> PostBatchAsync(
        byte[] body, int expected, string? defaultModel, CancellationToken cancellationToken)
    {
        var attempt = new Attempt(this, body);
        HttpResponseMessage response;
        try
        {
            response = await _pipeline.ExecuteAsync(static (state, ct) => state.SendAsync(ct), attempt, cancellationToken);
        }
        catch (TimeoutRejectedException ex)
        {
            throw Fail($"timed out: no answer within {Timeout.TotalSeconds:0.###} s{AttemptsSuffix(attempt.Count)}", inner: ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw Fail($"timed out (the HttpClient gave up){AttemptsSuffix(attempt.Count)}", inner: ex);
        }
        catch (HttpRequestException ex)
        {
            throw Fail($"could not be reached ({Redact(ex.Message)}){AttemptsSuffix(attempt.Count)}", ex.StatusCode, ex);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                var errorBody = await response.Content.ReadAsStringAsync(cancellationToken);
                throw HttpError(response, errorBody, attempt.Count);
            }

            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return Parse(bytes, expected, defaultModel, response.StatusCode);
        }
    }

    private ResiliencePipeline<HttpResponseMessage> BuildPipeline(EmbeddingOptions options)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        if (options.MaxRetries > 0)
        {
            var maxDelay = options.MaxRetryDelay;
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                MaxDelay = maxDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .Handle<OperationCanceledException>(ex => ex.InnerException is TimeoutException)
                    .HandleResult(r => IsTransient(r.StatusCode)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, maxDelay)),
                OnRetry = args =>
                {
                    var reason = args.Outcome.Result is { } r
                        ? $"HTTP {(int)r.StatusCode}"
                        : args.Outcome.Exception?.GetType().Name ?? "unknown";
                    LogRetry(_logger, Provider, SafeUrl, reason, args.AttemptNumber + 1, options.MaxRetries, (long)args.RetryDelay.TotalMilliseconds);
                    return default;
                },
            });
        }

        builder.AddTimeout(Timeout);
        return builder.Build();
    }

    private static bool IsTransient(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    private TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan cap)
    {
        if (response?.Headers.RetryAfter is not { } header)
        {
            return null; // Polly's exponential back-off
        }

        var delay = header.Delta ?? (header.Date - _time.GetUtcNow());
        if (delay is not { } d)
        {
            return null;
        }

        return d < TimeSpan.Zero ? TimeSpan.Zero : d > cap ? cap : d;
    }


    [LoggerMessage(Level = LogLevel.Warning, Message = "Embedding request to {Provider} {Url} failed ({Reason}); retry {Retry} of {MaxRetries} in {DelayMs} ms")]
    private static partial void LogRetry(ILogger logger, string provider, string url, string reason, int retry, int maxRetries, long delayMs);

    /// <summary>One logical request: the body is serialised once, and a fresh <see cref="HttpRequestMessage"/> is built for every attempt.</summary>
    private sealed class Attempt(EmbeddingEndpoint endpoint, byte[] body)
    {
        public int Count { get; private set; }

        public async ValueTask<HttpResponseMessage> SendAsync(CancellationToken cancellationToken)
        {
            Count++;
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url);
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            if (endpoint._apiKey is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", endpoint._apiKey);
            }

            return await endpoint._http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
    }

    /// <summary>Writes a small JSON request body.</summary>
    /// <summary>The <c>input</c> array both providers take.</summary>
    internal static void WriteInputs(Utf8JsonWriter json, IEnumerable<string> inputs)
    {
        json.WriteStartArray("input");
        foreach (var input in inputs)
        {
            json.WriteStringValue(input);
        }

        json.WriteEndArray();
    }

    /// <summary><see cref="IEmbeddingGenerator.GetService"/> for both providers: their metadata, or themselves.</summary>
    internal static object? Service(object generator, EmbeddingGeneratorMetadata metadata, Type serviceType, object? serviceKey)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(EmbeddingGeneratorMetadata) ? metadata
            : serviceType.IsInstanceOfType(generator) ? generator
            : null;
    }

    internal static byte[] WriteJson(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
