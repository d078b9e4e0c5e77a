using Microsoft.Extensions.Logging;

namespace Eligibility.Infrastructure.Records;

/// <summary>The database's log messages (event ids 3000–3099).</summary>
internal static partial class RecordsLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "A migration lock left in {Table} by a process that is gone was cleared")]
    public static partial void StaleLockCleared(ILogger logger, string table);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Imported {File} into the database: {Versions} manual versions, {Passages} passages, {Conversations} conversations")]
    public static partial void LegacyImported(ILogger logger, string file, int versions, int passages, int conversations);
}
