using Microsoft.Extensions.Logging;

namespace Eligibility.Ingest;

internal static partial class IngestLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Ingested {Version}: {Pages} pages, {Passages} passages in {Milliseconds} ms")]
    public static partial void Ingested(ILogger logger, string version, int pages, int passages, long milliseconds);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Ingestion of {File} failed")]
    public static partial void Failed(ILogger logger, string file, Exception exception);
}
