using Eligibility.Core.Audit;
using Eligibility.Infrastructure.Hosting;
using Eligibility.Infrastructure.Records.Startup;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Eligibility.Infrastructure.Records;

/// <summary>
/// The one database: builds the context options for the configured provider and brings the schema up to date
/// once, before the first context is handed out. Migrating never waits forever: see <see cref="MigrationGuard"/>.
/// </summary>
internal sealed class RecordsDatabase
{
    private readonly DbContextOptions<RecordsDbContext> _options;
    private readonly RecordsOptions _settings;
    private readonly ILogger<RecordsDatabase> _logger;
    private readonly AuditKeyRing _keys;
    private readonly IAuditCheckpoints _checkpoints;
    private readonly Lock _gate = new();
    private Task? _migration;

    public RecordsDatabase(IOptions<RecordsOptions> records, IOptions<DataOptions> data, AuditKeyRing keys, IAuditCheckpoints checkpoints, ILogger<RecordsDatabase> logger)
    {
        _keys = keys;
        _checkpoints = checkpoints;
        _settings = records.Value;
        if (_settings.Problem is { } problem)
        {
            throw new ArgumentException(problem, nameof(records));
        }

        _logger = logger;
        DataDirectory = Path.GetFullPath(data.Value.Directory);
        Directory.CreateDirectory(DataDirectory);
        IsPostgres = _settings.UsesPostgres;
        var builder = new DbContextOptionsBuilder<RecordsDbContext>();
        _options = (IsPostgres ? builder.UseNpgsql(_settings.ConnectionString) : builder.UseSqlite(SqliteConnectionString()).AddInterceptors(new SqliteBusyWait(BusySeconds))).Options;
    }

    public bool IsPostgres { get; }

    public string DataDirectory { get; }

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
        bool upToDate;
        await using (var connection = await OpenConnectionAsync(CancellationToken.None))
        {
            upToDate = await MigrationHistory.UpToDateAsync(connection, CancellationToken.None);
            if (!IsPostgres)
            {
                // WAL lets readers carry on while an append or a decision writes.
                await using var wal = connection.CreateCommand();
                wal.CommandText = "PRAGMA journal_mode = WAL";
                await wal.ExecuteNonQueryAsync();
            }
        }

        if (!upToDate)
        {
            await using var db = CreateContext();
            if ((await db.Database.GetPendingMigrationsAsync()).Any())
            {
                var patience = TimeSpan.FromSeconds(Math.Max(1, _settings.MigrationLockSeconds));
                await using var guard = await MigrationGuard.AcquireAsync(this, patience, CancellationToken.None);
                await StaleMigrationLock.ClearAsync(db, _logger, CancellationToken.None);
                await db.Database.MigrateAsync();
            }
        }

        await LegacyCatalogueImport.RunAsync(this, _keys, _checkpoints, _logger, CancellationToken.None);
    }

    /// <summary>A plain open connection to the database, for the few paths measured to need SQL rather than EF Core.</summary>
    public async Task<DbConnection> OpenConnectionAsync(CancellationToken ct)
    {
        DbConnection connection = IsPostgres ? new NpgsqlConnection(_settings.ConnectionString) : new SqliteConnection(SqliteConnectionString());
        await connection.OpenAsync(ct);
        await SqliteBusyWait.ApplyAsync(connection, BusySeconds, ct);
        return connection;
    }

    /// <summary>How long a statement waits for another writer before it fails (SQLite's busy timeout and the command timeout).</summary>
    private const int BusySeconds = 30;

    private string SqliteConnectionString()
    {
        if (!string.IsNullOrWhiteSpace(_settings.ConnectionString))
        {
            return _settings.ConnectionString;
        }

        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(DataDirectory, RecordsOptions.DefaultFileName),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = BusySeconds,
        }.ToString();
    }

    /// <summary>The SQLite file, or null on PostgreSQL.</summary>
    public string? SqliteFile => IsPostgres ? null : new SqliteConnectionStringBuilder(SqliteConnectionString()).DataSource;
}
