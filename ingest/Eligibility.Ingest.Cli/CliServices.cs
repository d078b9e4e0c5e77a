using Eligibility.Core.Retrieval;
using Eligibility.Infrastructure;
using Eligibility.Infrastructure.Embeddings;
using Eligibility.Infrastructure.Qdrant;
using Eligibility.Infrastructure.Records;
using Microsoft.Extensions.AI;
using Eligibility.Ingest.Pipeline;
using Microsoft.Extensions.Logging.Abstractions;

namespace Eligibility.Ingest.Cli;

/// <summary>
/// The CLI's composition: the embedded index in the data folder and the pipeline over it; the case records where
/// <c>Records__Provider</c> and <c>Records__ConnectionString</c> say, as for the server (default records.db in the data folder).
/// </summary>
internal sealed class CliServices(string dataDirectory) : IDisposable
{
    public EmbeddedIndex Embedded { get; } = new(dataDirectory, records: RecordsOptions.FromEnvironment());

    /// <summary>The embedder named by the Embeddings__* environment variables, or none (BM25 only).</summary>
    public IEmbeddingGenerator<string, Embedding<float>>? Embedder { get; } = EmbeddingGeneratorFactory.Create(EmbeddingEnvironment.Read());

    /// <summary>The embedded index, or Qdrant over it for dense vectors when <c>Qdrant__Url</c> is set, as for the server.</summary>
    public IPassageIndex Index => _index ??= QdrantOptions.FromEnvironment() is { } qdrant ? new QdrantPassageIndex(Embedded.Index, qdrant) : Embedded.Index;

    private IPassageIndex? _index;

    public IngestionPipeline Pipeline => new(ManualParser.CreateDefault(), Embedded.Store, Index, NullLogger<IngestionPipeline>.Instance, Embedded.Clock, Embedder, Embedded.Records.Audit);

    public HybridRetriever Retriever => new(Embedded.Store, Index, Embedded.Clock, Embedder);

    public void Dispose()
    {
        Embedder?.Dispose();
        (_index as IDisposable)?.Dispose();
        Embedded.Records.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
