using Eligibility.Core.Retrieval;

namespace Eligibility.Infrastructure.Qdrant;

/// <summary>A Qdrant call failed; the message names the endpoint (never the API key), the operation and Qdrant's status and reason.</summary>
public sealed class QdrantException : Exception, ITransientFailure
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

    public QdrantException(string message, Exception? innerException, bool isTransient)
        : base(message, innerException) => IsTransient = isTransient;

    /// <summary>Qdrant was unavailable, overloaded or past the deadline even after the retries: trying later may succeed.</summary>
    public bool IsTransient { get; }
}
