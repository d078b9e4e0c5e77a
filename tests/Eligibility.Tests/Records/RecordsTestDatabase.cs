using Eligibility.Infrastructure.Records;
using Eligibility.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Eligibility.Tests.Records;

/// <summary>
/// A fresh records database for one test: a SQLite file in a folder of its own, or a PostgreSQL database with a
/// random name on the server <see cref="PostgresVariable"/> names (dropped afterwards), so tests run in parallel.
/// Without that variable the PostgreSQL tests skip, and under CI=true they fail.
/// </summary>
public sealed class RecordsTestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "ELIGIBILITY_TEST_POSTGRES";

    private readonly List<IHost> _opened = [];
    private readonly string? _admin;
    private readonly string? _name;

    private RecordsTestDatabase(string provider, string dataDirectory, string? connectionString = null, string? admin = null, string? name = null)
    {
        Provider = provider;
        DataDirectory = dataDirectory;
        ConnectionString = connectionString;
        _admin = admin;
        _name = name;
    }

    public string Provider { get; }

    public string DataDirectory { get; }

    public string? ConnectionString { get; }

    public RecordsOptions Options => new() { Provider = Provider, ConnectionString = ConnectionString };

    /// <summary>The same settings as configuration keys joined by <paramref name="separator"/> (":" for the host, "__" for environment variables).</summary>
    public Dictionary<string, string> Settings(string separator) => new()
    {
        [$"{RecordsOptions.SectionName}{separator}{nameof(RecordsOptions.Provider)}"] = Provider,
        [$"{RecordsOptions.SectionName}{separator}{nameof(RecordsOptions.ConnectionString)}"] = ConnectionString ?? "",
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<RecordsTestDatabase> CreateAsync(string provider)
    {
        if (provider == RecordsOptions.Sqlite)
        {
            return new RecordsTestDatabase(provider, NewFolder());
        }

        var admin = PostgresServer();
        var name = "eligibility_test_" + Guid.NewGuid().ToString("n")[..16];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync(Ct);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync(Ct);
        }

        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        return new RecordsTestDatabase(provider, NewFolder(), connectionString, admin, name);
    }

    /// <summary>
    /// Opens the database as the application would, through the same registrations (another instance is another
    /// "process": its own in-process lock and caches).
    /// </summary>
    public OpenedRecords Open(TimeProvider? clock = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var all = Settings(":");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        var host = TestHost.Build(DataDirectory, all, clock is null ? null : s => s.AddSingleton(clock));
        _opened.Add(host);
        return new OpenedRecords(host.Services);
    }

    /// <summary>Runs SQL straight against the database, past the application (to tamper with rows, or to look).</summary>
    public async Task<object?> ExecuteAsync(string sql)
    {
        using var host = TestHost.Build(DataDirectory, Settings(":"));
        await using var db = host.Services.GetRequiredService<RecordsDatabase>().CreateContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(Ct);
    }

    /// <summary>From now on every insert into the audit log fails, as a full disk or a lost connection would make it.</summary>
    public async Task RefuseAuditEntriesAsync()
    {
        await Open().MigrateAsync(Ct);
        await ExecuteAsync(Provider == RecordsOptions.Sqlite
            ? "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_entries BEGIN SELECT RAISE(ABORT, 'audit refused'); END;"
            : """
              CREATE FUNCTION refuse_audit() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit refused'; END $$ LANGUAGE plpgsql;
              CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_entries FOR EACH ROW EXECUTE FUNCTION refuse_audit();
              """);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _opened)
        {
            host.Dispose();
        }

        if (_admin is not null)
        {
            NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
            await using var connection = new NpgsqlConnection(_admin);
            await connection.OpenAsync(CancellationToken.None);
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync(CancellationToken.None);
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // best effort: a temp folder left behind is harmless
        }
    }

    private static string NewFolder() => Directory.CreateTempSubdirectory("eligibility-records-").FullName;

    private static string PostgresServer()
    {
        if (Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } admin)
        {
            return admin;
        }

        var message = $"PostgreSQL is not available: {PostgresVariable} is not set (./test starts one with scripts/postgres.sh start and sets it to `scripts/postgres.sh url`)";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"{message}; CI must run the PostgreSQL tests");
        }

        Assert.Skip($"{message}; skipping");
        return "";
    }
}
