using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Eligibility.Ingest.Pipeline;

public static class IngestionExtensions
{
    /// <summary>The ingestion pipeline (readers, layout, structure, chunker) over the registered store, index and embedder.</summary>
    public static IHostApplicationBuilder AddIngestion(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(_ => ManualParser.CreateDefault());
        builder.Services.AddSingleton<IngestionPipeline>();
        return builder;
    }
}
