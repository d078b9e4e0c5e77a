using Eligibility.Core.Audit;
using Eligibility.Core.Determinations;

namespace Eligibility.Infrastructure.Records;

/// <summary>
/// The records of decisions and of who did what: determinations and the hash-chained audit log, in SQLite
/// (<c>records.db</c> in the data folder, the default) or PostgreSQL, as <see cref="RecordsOptions"/> says.
/// </summary>
public sealed class CaseRecords : IDisposable
{
    private readonly EfAuditLog _audit;

    public CaseRecords(RecordsOptions options, string dataDirectory, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Database = new RecordsDatabase(options, dataDirectory);
        _audit = new EfAuditLog(Database, clock ?? TimeProvider.System);
        Determinations = new EfDeterminationStore(Database, _audit);
    }

    public IAuditLog Audit => _audit;

    public IDeterminationStore Determinations { get; }

    /// <summary>"sqlite" or "postgres".</summary>
    public string Provider => Database.Provider;

    internal RecordsDatabase Database { get; }

    /// <summary>Brings the schema up to date; the stores also do this before their first use.</summary>
    public Task MigrateAsync(CancellationToken ct) => Database.MigrateAsync(ct);

    public void Dispose() => _audit.Dispose();
}
