namespace Eligibility.Infrastructure.Records;

/// <summary>
/// Where everything the product keeps is stored (configuration section "Records"): <c>sqlite</c>, the default,
/// in <c>records.db</c> in the data folder unless a connection string says otherwise, or <c>postgres</c> with a
/// connection string.
/// </summary>
public sealed class RecordsOptions
{
    public const string SectionName = "Records";
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
    public const string DefaultFileName = "records.db";

    public string Provider { get; set; } = Sqlite;

    public string? ConnectionString { get; set; }

    /// <summary>How long the server waits at start-up for a PostgreSQL that does not answer yet.</summary>
    public int StartupWaitSeconds { get; set; } = 60;

    /// <summary>
    /// How long a start waits for another process that is migrating the same database before it gives up with a
    /// message naming the lock. A lock left by a dead process is recognised and cleared without waiting.
    /// </summary>
    public int MigrationLockSeconds { get; set; } = 30;

    public bool UsesPostgres => string.Equals(Provider, Postgres, StringComparison.OrdinalIgnoreCase);

    /// <summary>What is wrong with the settings, or null when they can be used.</summary>
    public string? Problem =>
        !UsesPostgres && !string.Equals(Provider, Sqlite, StringComparison.OrdinalIgnoreCase)
            ? $"Records:Provider '{Provider}' is not known: use '{Sqlite}' or '{Postgres}'"
            : UsesPostgres && string.IsNullOrWhiteSpace(ConnectionString)
                ? "Records:Provider is 'postgres' but Records:ConnectionString is empty"
                : null;
}
