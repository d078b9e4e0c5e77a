using Eligibility.Core.Manuals;
using Eligibility.Core.Retrieval;
using Eligibility.Infrastructure.Records;
using Eligibility.Infrastructure.Sqlite;
using Eligibility.Infrastructure.Vectors;

namespace Eligibility.Infrastructure;

/// <summary>
/// The embedded defaults for one data folder: the SQLite catalogue and its search index, and the case records
/// (determinations and the audit log) in <c>records.db</c> beside them unless <paramref name="records"/> points elsewhere.
/// </summary>
public sealed class EmbeddedIndex
{
    public EmbeddedIndex(string dataDirectory, TimeProvider? clock = null, RecordsOptions? records = null)
    {
        Clock = clock ?? TimeProvider.System;
        Database = new SqliteDatabase(dataDirectory);
        Store = new SqliteManualStore(Database, Clock);
        Index = new SqlitePassageIndex(Database, new VectorCache());
        Records = new CaseRecords(records ?? new RecordsOptions(), dataDirectory, Clock);
    }

    public CaseRecords Records { get; }

    public TimeProvider Clock { get; }
    public SqliteDatabase Database { get; }
    public IManualStore Store { get; }
    public IPassageIndex Index { get; }
}
