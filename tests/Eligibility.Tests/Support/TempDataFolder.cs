using Eligibility.Core.Audit;
using Eligibility.Core.Manuals;
using Eligibility.Core.Retrieval;
using Eligibility.Ingest.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Eligibility.Tests.Support;

/// <summary>A fresh data folder with the product's services over it (see <see cref="TestHost"/>); deleted afterwards.</summary>
public sealed class TempDataFolder : IDisposable
{
    private readonly IHost _host;

    public TempDataFolder(IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null)
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("eligibility-test-").FullName;
        _host = TestHost.Build(Directory, settings, services);
    }

    public string Directory { get; }

    public IServiceProvider Services => _host.Services;

    public IManualStore Store => Get<IManualStore>();

    public IPassageIndex Index => Get<IPassageIndex>();

    public IAuditLog Audit => Get<IAuditLog>();

    public IngestionPipeline Pipeline => Get<IngestionPipeline>();

    public HybridRetriever Retriever => Get<HybridRetriever>();

    /// <summary>A lexical retriever over this folder's index with other settings than the configured ones.</summary>
    public HybridRetriever RetrieverWith(RetrievalOptions options) => new(Store, Index, TimeProvider.System, NoEmbeddings.Instance, options);

    public T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    public void Dispose()
    {
        _host.Dispose();
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
