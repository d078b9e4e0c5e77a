using System.Net;

namespace Eligibility.Infrastructure.Embeddings;

/// <summary>An embedding provider could not produce vectors: an HTTP error, an unreachable server, or a response that does not make sense. Messages never contain the API key.</summary>
public sealed class EmbeddingException : Exception
{
    public EmbeddingException()
    {
    }

    public EmbeddingException(string message)
        : base(message)
    {
    }

    public EmbeddingException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public EmbeddingException(string message, string provider, HttpStatusCode? statusCode = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Provider = provider;
        StatusCode = statusCode;
    }

    /// <summary>The provider that failed (<c>openai</c>, <c>voyage</c>), when known.</summary>
    public string? Provider { get; }

    /// <summary>The HTTP status the provider answered with, when the failure was an HTTP error.</summary>
    public HttpStatusCode? StatusCode { get; }
}
