using Eligibility.Core.Passages;
using Eligibility.Ingest.Chunking;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Eligibility.Ingest.Pipeline;

public static class IngestionExtensions
{
    /// <summary>The setting that names the tokenizer encoding passages are measured in (o200k_base unless set).</summary>
    public const string TokenEncodingSetting = "Ingestion:TokenEncoding";

    /// <summary>
    /// The ingestion pipeline (readers, layout, structure, chunker) over the registered store, index and embedder,
    /// with passage budgets counted in the encoding <see cref="TokenEncodingSetting"/> names. An encoding that is
    /// not shipped stops start-up with a message naming the ones there are.
    /// </summary>
    public static IHostApplicationBuilder AddIngestion(this IHostApplicationBuilder builder)
    {
        TokenCounter tokens;
        try
        {
            tokens = TokenCounter.For(builder.Configuration[TokenEncodingSetting]);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"{TokenEncodingSetting}: {e.Message.Split(" (Parameter", 2)[0]}", e);
        }

        builder.Services.AddSingleton(_ => ManualParser.CreateDefault(new ChunkerOptions { Tokens = tokens }));
        builder.Services.AddSingleton<IngestionPipeline>();
        builder.Services.AddSingleton<Publishing.VersionPublisher>();
        return builder;
    }
}
