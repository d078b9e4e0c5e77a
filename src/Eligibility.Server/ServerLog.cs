namespace Eligibility.Server;

internal static partial class ServerLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Ingested sample manual {Version} ({Passages} passages)")]
    public static partial void SampleIngested(ILogger logger, string version, int passages);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Sample manual not ingested: {Reason}")]
    public static partial void SampleFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Sample manuals not found at {Manifest}; the index starts empty")]
    public static partial void SamplesMissing(ILogger logger, string manifest);
}
