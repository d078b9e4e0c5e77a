using Eligibility.Core.Manuals;
using Eligibility.Core.Retrieval;
using Eligibility.Infrastructure.Hosting;
using Eligibility.Ingest.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Eligibility.Benchmarks;

/// <summary>The product's services over one data folder, through the same registrations as the server and the CLI.</summary>
internal sealed class BenchServices : IDisposable
{
    private readonly IHost _host;

    public BenchServices(string dataDirectory)
    {
        var builder = ToolHost.CreateBuilder(dataDirectory);
        builder.AddRecords();
        builder.AddRetrieval();
        builder.AddIngestion();
        _host = builder.Build();
        DatabaseFile = Path.Combine(dataDirectory, "records.db");
    }

    public string DatabaseFile { get; }

    public IServiceProvider Services => _host.Services;

    public IManualStore Store => _host.Services.GetRequiredService<IManualStore>();

    public IPassageIndex Index => _host.Services.GetRequiredService<IPassageIndex>();

    public IngestionPipeline Pipeline => _host.Services.GetRequiredService<IngestionPipeline>();

    public HybridRetriever Retriever => _host.Services.GetRequiredService<HybridRetriever>();

    public void Dispose()
    {
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
