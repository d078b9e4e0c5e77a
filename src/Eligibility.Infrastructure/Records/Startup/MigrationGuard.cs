using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Eligibility.Infrastructure.Records.Startup;

/// <summary>
/// Lets one process at a time migrate a database, with a lock the operating system or PostgreSQL releases when
/// its holder dies: an exclusive lock on a file beside the SQLite file, or a PostgreSQL advisory lock held by a
/// session. EF Core's own SQLite lock is a row that outlives a killed process; holding this lock first is what
/// lets <see cref="StaleMigrationLock"/> tell that such a row is stale. A live holder is waited for up to the
/// patience given, then the start fails with a message that names the lock.
/// </summary>
internal sealed class MigrationGuard : IAsyncDisposable
{
    /// <summary>The advisory lock key: the first 8 bytes of SHA-256("eligibility-migrations").</summary>
    public const long AdvisoryKey = 0x5b2c_3f1e_0d47_a913;

    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(200);

    private readonly FileStream? _file;
    private readonly NpgsqlConnection? _session;

    private MigrationGuard(FileStream? file, NpgsqlConnection? session) => (_file, _session) = (file, session);

    public static async Task<MigrationGuard> AcquireAsync(RecordsDatabase database, TimeSpan patience, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + patience;
        if (database.SqliteFile is { } file)
        {
            var lockFile = file + ".migration-lock";
            while (true)
            {
                try
                {
                    // FileShare.None takes an exclusive flock on Unix (a share lock on Windows); it dies with the process.
                    return new MigrationGuard(new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None), null);
                }
                catch (IOException) when (DateTime.UtcNow < deadline)
                {
                    await Task.Delay(Retry, ct);
                }
                catch (IOException)
                {
                    throw new MigrationLockException(
                        $"another process has been migrating {file} for over {patience.TotalSeconds:N0} s (it holds {lockFile}); " +
                        "wait for it to finish, or stop it (a stopped process releases the lock) and start again");
                }
            }
        }

        string? connectionString;
        await using (var db = database.CreateContext())
        {
            connectionString = db.Database.GetConnectionString();
        }

        var session = new NpgsqlConnection(connectionString);
        await session.OpenAsync(ct);
        while (true)
        {
            await using var command = new NpgsqlCommand($"SELECT pg_try_advisory_lock({AdvisoryKey})", session);
            if (await command.ExecuteScalarAsync(ct) is true)
            {
                return new MigrationGuard(null, session);
            }

            if (DateTime.UtcNow >= deadline)
            {
                await session.DisposeAsync();
                throw new MigrationLockException(
                    $"another session has held the migration lock (PostgreSQL advisory lock {AdvisoryKey}) on database '{session.Database}' for over {patience.TotalSeconds:N0} s; " +
                    $"wait for it to finish, or end it: SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND ((classid::bigint << 32) | objid::bigint) = {AdvisoryKey}");
            }

            await Task.Delay(Retry, ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_file is not null)
        {
            await _file.DisposeAsync();
        }

        if (_session is not null)
        {
            // Closing the session releases the advisory lock.
            await _session.DisposeAsync();
        }
    }
}

/// <summary>A start that could not take the migration lock in time; the message names the lock and the fix.</summary>
public sealed class MigrationLockException(string message) : Exception(message);
