using System.Net;

namespace Eligibility.Infrastructure.Qdrant;

/// <summary>A Qdrant request failed; the message names the URL (never the API key) and the status or reason.</summary>
public sealed class QdrantException : Exception
{
    public QdrantException()
    {
    }

    public QdrantException(string message)
        : base(message)
    {
    }

    public QdrantException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public QdrantException(string message, HttpStatusCode? statusCode, Exception? innerException = null)
        : base(message, innerException) => StatusCode = statusCode;

    public HttpStatusCode? StatusCode { get; }
}
