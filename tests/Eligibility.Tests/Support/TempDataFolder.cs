using Eligibility.Infrastructure;
using Eligibility.Ingest.Pipeline;
using Microsoft.Extensions.Logging.Abstractions;

namespace Eligibility.Tests.Support;

/// <summary>A fresh data folder with the embedded index and a pipeline over it; deleted afterwards.</summary>
public sealed class TempDataFolder : IDisposable
{
    public TempDataFolder()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("eligibility-test-").FullName;
        Embedded = new EmbeddedIndex(Directory);
        Pipeline = new IngestionPipeline(ManualParser.CreateDefault(), Embedded.Store, Embedded.Index, NullLogger<IngestionPipeline>.Instance, TimeProvider.System);
    }

    public string Directory { get; }
    public EmbeddedIndex Embedded { get; }
    public IngestionPipeline Pipeline { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // best effort: a temp folder left behind is harmless
        }
    }
}
