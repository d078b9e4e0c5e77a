namespace Eligibility.Infrastructure.Records;

/// <summary>
/// Times as the records keep them: UTC (PostgreSQL's timestamptz takes no other offset), to the microsecond.
/// PostgreSQL keeps microseconds and SQLite's text keeps ticks, so both keep what PostgreSQL can; audit hashes
/// are computed over the truncated time and verify after a reload on either.
/// </summary>
internal static class StoredTime
{
    public static DateTimeOffset Truncate(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);

    public static DateTime ToColumn(DateTimeOffset time) => Truncate(time).UtcDateTime;

    /// <summary>SQLite hands the text back as an unspecified kind; it was written as UTC.</summary>
    public static DateTimeOffset FromColumn(DateTime column) => new(DateTime.SpecifyKind(column, DateTimeKind.Utc));
}
