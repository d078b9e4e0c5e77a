using Eligibility.Core.Audit;
using Eligibility.Core.Determinations;
using Eligibility.Core.Manuals;
using Eligibility.Core.Retrieval;
using Eligibility.Infrastructure;
using Eligibility.Infrastructure.Embeddings;
using Eligibility.Infrastructure.Qdrant;
using Eligibility.Infrastructure.Records;
using Microsoft.Extensions.AI;
using Eligibility.Ingest.Pipeline;
using Microsoft.Extensions.Options;

namespace Eligibility.Server.Hosting;

internal static class EmbeddedIndexExtensions
{
    /// <summary>
    /// The embedded SQLite catalogue and index in the configured data folder, and the case records (determinations,
    /// audit log) where "Records" says: SQLite records.db in the data folder by default, or PostgreSQL.
    /// </summary>
    public static IHostApplicationBuilder AddEmbeddedIndex(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DataOptions>().BindConfiguration("Data").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<RecordsOptions>().BindConfiguration(RecordsOptions.SectionName)
            .Validate(o => o.Problem is null, "Records: Provider must be 'sqlite' or 'postgres', and 'postgres' needs a ConnectionString").ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DataOptions>>().Value;
            var folder = Path.IsPathRooted(options.Directory) ? options.Directory : Path.Combine(builder.Environment.ContentRootPath, options.Directory);
            return new EmbeddedIndex(folder, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<RecordsOptions>>().Value);
        });
        builder.Services.AddSingleton(sp => sp.GetRequiredService<EmbeddedIndex>().Store);
        builder.Services.AddSingleton(sp => sp.GetRequiredService<EmbeddedIndex>().Index);
        if (!string.IsNullOrWhiteSpace(builder.Configuration[$"{QdrantOptions.SectionName}:Url"]))
        {
            // Dense search in Qdrant; lexical search stays in the embedded index it decorates.
            builder.Services.AddOptions<QdrantOptions>().BindConfiguration(QdrantOptions.SectionName).Validate(o => o.Problem is null, "Qdrant: Url must be an absolute http(s) URL, Collection non-empty, TimeoutSeconds positive").ValidateOnStart();
            builder.Services.AddSingleton<IPassageIndex>(sp => new QdrantPassageIndex(
                sp.GetRequiredService<EmbeddedIndex>().Index, sp.GetRequiredService<IOptions<QdrantOptions>>().Value, logger: sp.GetRequiredService<ILogger<QdrantPassageIndex>>()));
        }

        builder.Services.AddSingleton(sp => sp.GetRequiredService<EmbeddedIndex>().Records);
        builder.Services.AddSingleton<IAuditLog>(sp => sp.GetRequiredService<CaseRecords>().Audit);
        builder.Services.AddSingleton<IDeterminationStore>(sp => sp.GetRequiredService<CaseRecords>().Determinations);
        builder.Services.AddHostedService<RecordsMigrator>();
        var embeddings = builder.Configuration.GetSection(EmbeddingOptions.SectionName).Get<EmbeddingOptions>() ?? new EmbeddingOptions();
        if (!string.Equals(embeddings.Provider, EmbeddingProviders.None, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(embeddings.Provider))
        {
            builder.Services.AddSingleton(sp => EmbeddingGeneratorFactory.Create(embeddings, loggerFactory: sp.GetRequiredService<ILoggerFactory>())!);
        }

        builder.Services.AddSingleton(sp => new HybridRetriever(
            sp.GetRequiredService<IManualStore>(), sp.GetRequiredService<IPassageIndex>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetService<IEmbeddingGenerator<string, Embedding<float>>>()));
        return builder;
    }

    /// <summary>Warms the search index after start-up work (register after <c>AddSampleManuals</c>: hosted services start in order).</summary>
    public static IHostApplicationBuilder AddIndexWarmUp(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHostedService<IndexWarmer>();
        return builder;
    }

    /// <summary>The ingestion pipeline over the registered store and index.</summary>
    public static IHostApplicationBuilder AddIngestion(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(_ => ManualParser.CreateDefault());
        builder.Services.AddSingleton(sp => new IngestionPipeline(
            sp.GetRequiredService<ManualParser>(), sp.GetRequiredService<IManualStore>(), sp.GetRequiredService<IPassageIndex>(),
            sp.GetRequiredService<ILogger<IngestionPipeline>>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetService<IEmbeddingGenerator<string, Embedding<float>>>(), sp.GetRequiredService<IAuditLog>()));
        return builder;
    }
}
