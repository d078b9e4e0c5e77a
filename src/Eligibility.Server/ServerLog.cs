namespace Eligibility.Server;

internal static partial class ServerLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Ingested sample manual {Version} ({Passages} passages)")]
    public static partial void SampleIngested(ILogger logger, string version, int passages);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Sample manual not ingested: {Reason}")]
    public static partial void SampleFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Sample manuals not found at {Manifest}; the index starts empty")]
    public static partial void SamplesMissing(ILogger logger, string manifest);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Warning, Message = "Sign-in refused for {User}")]
    public static partial void SignInRefused(ILogger logger, string user);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Warning, Message = "Sign-in throttled for {User}: too many attempts this minute")]
    public static partial void SignInThrottled(ILogger logger, string user);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Warning, Message = "Sign-in refused for {User}: locked after repeated failures")]
    public static partial void SignInLockedOut(ILogger logger, string user);

    [LoggerMessage(EventId = 2013, Level = LogLevel.Warning, Message = "Demo accounts are enabled (Auth:DemoAccounts or Development): never for real cases")]
    public static partial void DemoAccountsEnabled(ILogger logger);

    [LoggerMessage(EventId = 2020, Level = LogLevel.Information, Message = "Answered {AnswerId} for {User}: mode {Mode}, abstained {Abstained}, {Citations} citations, {Dropped} dropped, server {ServerMs} ms")]
    public static partial void Answered(ILogger logger, string answerId, string user, string mode, bool abstained, int citations, int dropped, long serverMs);

    [LoggerMessage(EventId = 2021, Level = LogLevel.Warning, Message = "Answer for {User} failed: {Reason}")]
    public static partial void AnswerFailed(ILogger logger, string user, string reason);

    [LoggerMessage(EventId = 2022, Level = LogLevel.Warning, Message = "Question refused for {User}: {Reason}")]
    public static partial void QuestionRefused(ILogger logger, string user, string reason);

    [LoggerMessage(EventId = 2030, Level = LogLevel.Warning, Message = "Warming the search index failed; it will be built on the first question")]
    public static partial void WarmUpFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2040, Level = LogLevel.Warning, Message = "Drafting a determination for {User} failed: {Reason}")]
    public static partial void DraftingFailed(ILogger logger, string user, string reason);

    [LoggerMessage(EventId = 2041, Level = LogLevel.Error, Message = "Drafting a determination for {User} failed unexpectedly")]
    public static partial void DraftingBroke(ILogger logger, string user, Exception exception);

    [LoggerMessage(EventId = 2050, Level = LogLevel.Warning, Message = "A live update could not be pushed; it is on record and shown on the next load")]
    public static partial void PushFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2051, Level = LogLevel.Information, Message = "Upload {UploadId} ({File}) ended {Status} after attempt {Attempt} in {Milliseconds} ms")]
    public static partial void UploadFinished(ILogger logger, string uploadId, string file, string status, int attempt, long milliseconds);

    [LoggerMessage(EventId = 2052, Level = LogLevel.Warning, Message = "Upload {UploadId} failed for a transient reason on attempt {Attempt}; it will be retried: {Reason}")]
    public static partial void UploadRetrying(ILogger logger, string uploadId, int attempt, string reason);

    [LoggerMessage(EventId = 2053, Level = LogLevel.Information, Message = "Upload {UploadId} resumed: {Reason}")]
    public static partial void UploadResumed(ILogger logger, string uploadId, string reason);

    [LoggerMessage(EventId = 2054, Level = LogLevel.Warning, Message = "The watched folder {Folder}: {Problem}")]
    public static partial void WatchFolderProblem(ILogger logger, string folder, string problem);

    [LoggerMessage(EventId = 2060, Level = LogLevel.Information, Message = "The catalogue changed on another instance; the index is warm for the versions now in effect")]
    public static partial void CatalogueRefreshed(ILogger logger);

    [LoggerMessage(EventId = 2061, Level = LogLevel.Warning, Message = "Listening for catalogue changes stopped ({Reason}); reconnecting")]
    public static partial void CatalogueListenerLost(ILogger logger, string reason);
}
