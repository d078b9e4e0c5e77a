using Eligibility.Core.Audit;
using Eligibility.Core.Manuals;
using Eligibility.Core.Retrieval;
using Eligibility.Ingest.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Eligibility.Ingest.Cli;

/// <summary>What the commands use, resolved from <see cref="CliHost"/> for one data folder.</summary>
internal sealed class CliServices(string dataDirectory) : IDisposable
{
    private readonly IHost _host = CliHost.CreateBuilder(dataDirectory).Build();

    public IManualStore Store => _host.Services.GetRequiredService<IManualStore>();

    public IAuditLog Audit => _host.Services.GetRequiredService<IAuditLog>();

    public IImpactQuery Impact => _host.Services.GetRequiredService<IImpactQuery>();

    public Eligibility.Ingest.Publishing.VersionPublisher Publisher => _host.Services.GetRequiredService<Eligibility.Ingest.Publishing.VersionPublisher>();

    public IngestionPipeline Pipeline => _host.Services.GetRequiredService<IngestionPipeline>();

    public HybridRetriever Retriever => _host.Services.GetRequiredService<HybridRetriever>();

    public T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    public void Dispose()
    {
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
