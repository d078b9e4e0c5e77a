using Microsoft.Extensions.Logging;

namespace Eligibility.Infrastructure.Qdrant;

/// <summary>Log messages of the Qdrant adapter: URLs without the key, collection names, counts and status codes.</summary>
internal static partial class QdrantLog
{
    [LoggerMessage(EventId = 4201, Level = LogLevel.Warning, Message = "Qdrant request {Target} failed ({Reason}); retry {Retry} of {MaxRetries} in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string target, string reason, int retry, int maxRetries, long delayMs);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Information, Message = "Created Qdrant collection {Collection} ({Dimensions} dimensions, cosine)")]
    public static partial void CollectionCreated(ILogger logger, string collection, int dimensions);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Information, Message = "Created Qdrant payload index {Field} in {Collection}")]
    public static partial void PayloadIndexCreated(ILogger logger, string field, string collection);

    [LoggerMessage(EventId = 4204, Level = LogLevel.Information, Message = "Indexed {Points} points for {Version} in Qdrant collection {Collection}")]
    public static partial void Indexed(ILogger logger, int points, string version, string collection);
}
