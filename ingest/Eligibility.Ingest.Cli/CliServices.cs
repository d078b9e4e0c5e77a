using Eligibility.Core.Retrieval;
using Eligibility.Infrastructure;
using Eligibility.Ingest.Pipeline;
using Microsoft.Extensions.Logging.Abstractions;

namespace Eligibility.Ingest.Cli;

/// <summary>The CLI's composition: the embedded index in the data folder and the pipeline over it.</summary>
internal sealed class CliServices(string dataDirectory) : IDisposable
{
    public EmbeddedIndex Embedded { get; } = new(dataDirectory);

    public IngestionPipeline Pipeline => new(ManualParser.CreateDefault(), Embedded.Store, Embedded.Index, NullLogger<IngestionPipeline>.Instance, Embedded.Clock);

    public HybridRetriever Retriever => new(Embedded.Store, Embedded.Index, Embedded.Clock);

    public void Dispose() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
}
