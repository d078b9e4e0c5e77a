using Eligibility.Core.Manuals;
using Eligibility.Core.Audit;
using Eligibility.Core.Retrieval;
using Eligibility.Infrastructure.Sqlite;
using Eligibility.Infrastructure.Vectors;

namespace Eligibility.Infrastructure;

/// <summary>The embedded defaults for one data folder: the SQLite catalogue and its search index.</summary>
public sealed class EmbeddedIndex
{
    public EmbeddedIndex(string dataDirectory, TimeProvider? clock = null)
    {
        Clock = clock ?? TimeProvider.System;
        Database = new SqliteDatabase(dataDirectory);
        Store = new SqliteManualStore(Database, Clock);
        Index = new SqlitePassageIndex(Database, new VectorCache());
        Audit = new SqliteAuditLog(Database, Clock);
    }

    public SqliteAuditLog Audit { get; }

    public TimeProvider Clock { get; }
    public SqliteDatabase Database { get; }
    public IManualStore Store { get; }
    public IPassageIndex Index { get; }
}
