using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Eligibility.Infrastructure.Records;

/// <summary>
/// Builds the context options for the configured provider and brings the schema up to date (the migrations in
/// <c>Records/Migrations</c>) once, before the first context is handed out.
/// </summary>
internal sealed class RecordsDatabase
{
    private readonly DbContextOptions<RecordsDbContext> _options;
    private readonly Lock _gate = new();
    private Task? _migration;

    public RecordsDatabase(RecordsOptions options, string dataDirectory)
    {
        if (options.Problem is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        IsPostgres = options.UsesPostgres;
        var builder = new DbContextOptionsBuilder<RecordsDbContext>();
        _options = (IsPostgres ? builder.UseNpgsql(options.ConnectionString) : builder.UseSqlite(SqliteConnectionString(options, dataDirectory))).Options;
    }

    public bool IsPostgres { get; }

    public string Provider => IsPostgres ? RecordsOptions.Postgres : RecordsOptions.Sqlite;

    /// <summary>A context over an up-to-date schema; the caller disposes it.</summary>
    public async Task<RecordsDbContext> OpenAsync(CancellationToken ct)
    {
        await MigrateAsync(ct);
        return CreateContext();
    }

    /// <summary>A context without migrating first (for checking the model and the migrations themselves).</summary>
    public RecordsDbContext CreateContext() => new(_options);

    /// <summary>Applies pending migrations once per instance; a failed attempt is retried by the next caller.</summary>
    public Task MigrateAsync(CancellationToken ct)
    {
        lock (_gate)
        {
            if (_migration is null || _migration.IsFaulted || _migration.IsCanceled)
            {
                // Not tied to one caller's token: others may be waiting on the same migration.
                _migration = MigrateOnceAsync();
            }

            return _migration.WaitAsync(ct);
        }
    }

    private async Task MigrateOnceAsync()
    {
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
        if (!IsPostgres)
        {
            // WAL lets readers carry on while an append or a decision writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL");
        }
    }

    private static string SqliteConnectionString(RecordsOptions options, string dataDirectory)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return options.ConnectionString;
        }

        Directory.CreateDirectory(dataDirectory);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(Path.GetFullPath(dataDirectory), RecordsOptions.DefaultFileName),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }
}
