using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Eligibility.Infrastructure.Qdrant;

/// <summary>
/// Qdrant's REST envelope: JSON in, <c>{"result":..,"status":"ok"}</c> out, through a retry pipeline (429, 5xx, network
/// errors, per-attempt timeouts). Failures become <see cref="QdrantException"/> naming the URL and Qdrant's own message.
/// </summary>
internal sealed class QdrantHttp : IDisposable
{
    private const int MaxServerMessageLength = 400;
    private static readonly ResiliencePropertyKey<string> Target = new("qdrant.target");

    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly string? _apiKey;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly TimeSpan _timeout;

    public QdrantHttp(QdrantOptions options, HttpClient? httpClient, ILogger logger)
    {
        BaseUrl = new Uri(options.Url!.Trim().TrimEnd('/') + "/");
        _apiKey = string.IsNullOrWhiteSpace(options.ApiKey) ? null : options.ApiKey.Trim();
        _logger = logger;
        _timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
        _ownsHttp = httpClient is null;
        _http = httpClient ?? new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _pipeline = BuildPipeline(options);
    }

    public Uri BaseUrl { get; }

    /// <summary>
    /// Sends one request and returns its <c>result</c>; null when <paramref name="notFoundIsNull"/> and Qdrant answers 404
    /// (a collection that does not exist yet).
    /// </summary>
    public async Task<JsonElement?> SendAsync(HttpMethod method, string relativeUrl, JsonNode? body, CancellationToken ct, bool notFoundIsNull = false)
    {
        var url = new Uri(BaseUrl, relativeUrl);
        var content = body is null ? null : Encoding.UTF8.GetBytes(body.ToJsonString());
        var attempts = 0;
        HttpResponseMessage response;
        var context = ResilienceContextPool.Shared.Get(ct);
        context.Properties.Set(Target, $"{method} {SafeUrl(url)}");
        try
        {
            response = await _pipeline.ExecuteAsync(
                async context =>
                {
                    var token = context.CancellationToken;
                    attempts++;
                    using var request = new HttpRequestMessage(method, url);
                    if (content is not null)
                    {
                        request.Content = new ByteArrayContent(content);
                        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                    }

                    if (_apiKey is not null)
                    {
                        request.Headers.TryAddWithoutValidation("api-key", _apiKey);
                    }

                    return await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, token);
                },
                context);
        }
        catch (TimeoutRejectedException ex)
        {
            throw Fail(method, url, $"timed out: no answer within {_timeout.TotalSeconds:0.###} s{Attempts(attempts)}", null, ex);
        }
        catch (OperationCanceledException ex) when (!ct.IsCancellationRequested)
        {
            throw Fail(method, url, $"timed out (the HttpClient gave up){Attempts(attempts)}", null, ex);
        }
        catch (HttpRequestException ex)
        {
            throw Fail(method, url, $"could not be reached ({Redact(ex.Message)}){Attempts(attempts)}", ex.StatusCode, ex);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            if (response.StatusCode == HttpStatusCode.NotFound && notFoundIsNull)
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                var reason = $"returned HTTP {(int)response.StatusCode} ({response.ReasonPhrase ?? response.StatusCode.ToString()})";
                if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                {
                    reason += _apiKey is null ? ": Qdrant:ApiKey is not set" : ": check Qdrant:ApiKey";
                }

                if (ServerMessage(text) is { Length: > 0 } message)
                {
                    reason += ": " + message;
                }

                throw Fail(method, url, reason + Attempts(attempts), response.StatusCode);
            }

            try
            {
                using var doc = JsonDocument.Parse(text);
                return doc.RootElement.TryGetProperty("result", out var result) ? result.Clone() : default;
            }
            catch (JsonException ex)
            {
                throw Fail(method, url, "returned a body that is not JSON", response.StatusCode, ex);
            }
        }
    }

    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private ResiliencePipeline<HttpResponseMessage> BuildPipeline(QdrantOptions options)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                MaxDelay = TimeSpan.FromSeconds(30),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(r => r.StatusCode == HttpStatusCode.TooManyRequests || (int)r.StatusCode >= 500),
                OnRetry = args =>
                {
                    var reason = args.Outcome.Result is { } r ? $"HTTP {(int)r.StatusCode}" : args.Outcome.Exception?.GetType().Name ?? "unknown";
                    args.Outcome.Result?.Dispose();
                    var target = args.Context.Properties.GetValue(Target, SafeUrl(BaseUrl));
                    QdrantLog.Retrying(_logger, target, reason, args.AttemptNumber + 1, options.MaxRetries, (long)args.RetryDelay.TotalMilliseconds);
                    return default;
                },
            });
        }

        builder.AddTimeout(_timeout);
        return builder.Build();
    }

    private static string SafeUrl(Uri url) => url.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);

    private static string Attempts(int attempts) => attempts > 1 ? $" after {attempts} attempts" : string.Empty;

    private static QdrantException Fail(HttpMethod method, Uri url, string reason, HttpStatusCode? status, Exception? inner = null) =>
        new($"Qdrant {method} {SafeUrl(url)} {reason}", status, inner);

    /// <summary>Qdrant's own explanation (<c>{"status":{"error":".."}}</c>), else the start of the body.</summary>
    private string? ServerMessage(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        var message = body;
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("status", out var status)
                && status.ValueKind == JsonValueKind.Object && status.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String)
            {
                message = error.GetString() ?? body;
            }
        }
        catch (JsonException)
        {
            // not JSON: the raw text
        }

        message = Redact(string.Join(' ', message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        return message.Length > MaxServerMessageLength ? message[..MaxServerMessageLength] + "…" : message;
    }

    private string Redact(string text) => _apiKey is null ? text : text.Replace(_apiKey, "***", StringComparison.Ordinal);
}
