using System.Net;
using Anthropic;
using Anthropic.Core;

namespace Eligibility.Infrastructure.Anthropic;

/// <summary>
/// The SDK client for one set of options: the key, the base URL, the SDK's retries off (retries are done by
/// <see cref="ClaudeRetryPipeline"/>) and its header timeout set to <see cref="ClaudeOptions.TimeoutSeconds"/>.
/// A caller-supplied <see cref="HttpClient"/> is used as is and never disposed; otherwise one is created and owned.
/// </summary>
internal sealed class ClaudeConnection : IDisposable
{
    private readonly bool _ownsHttp;

    private ClaudeConnection(AnthropicClient client, bool ownsHttp)
    {
        Client = client;
        _ownsHttp = ownsHttp;
    }

    public AnthropicClient Client { get; }

    public static ClaudeConnection Create(ClaudeOptions options, HttpClient? httpClient)
    {
        var ownsHttp = httpClient is null;
        var http = httpClient ?? new HttpClient(new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.All,
        })
        {
            // The adapter times requests itself (ClaudeOptions.TimeoutSeconds); HttpClient's 100 s default would cut long streams.
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };

        var clientOptions = new ClientOptions
        {
            HttpClient = http,
            ApiKey = options.IsConfigured ? options.ApiKey!.Trim() : null,
            AuthToken = null, // never pick up ANTHROPIC_AUTH_TOKEN from the environment
            MaxRetries = 0,
            Timeout = options.Timeout,
        };
        if (!string.IsNullOrWhiteSpace(options.BaseUrl))
        {
            clientOptions.BaseUrl = options.BaseUrl.Trim().TrimEnd('/');
        }

        return new ClaudeConnection(new AnthropicClient(clientOptions), ownsHttp);
    }

    public void Dispose()
    {
        if (_ownsHttp)
        {
            Client.Dispose(); // disposes the HttpClient it was given
        }
    }
}
