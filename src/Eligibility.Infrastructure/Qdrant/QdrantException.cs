namespace Eligibility.Infrastructure.Qdrant;

/// <summary>A Qdrant call failed; the message names the endpoint (never the API key), the operation and Qdrant's status and reason.</summary>
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
}
