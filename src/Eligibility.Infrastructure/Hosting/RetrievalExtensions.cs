using Eligibility.Core.Retrieval;
using Eligibility.Infrastructure.Embeddings;
using Eligibility.Infrastructure.Qdrant;
using Eligibility.Infrastructure.Search;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Eligibility.Infrastructure.Hosting;

public static class RetrievalExtensions
{
    /// <summary>
    /// Hybrid retrieval over the passage index: the embedded index, or Qdrant (sparse BM25 and dense vectors, nothing held
    /// in the instance) when <c>Qdrant:Url</c> is set; the embedder named by "Embeddings", or none (<see cref="NoEmbeddings"/>: BM25 only).
    /// </summary>
    public static IHostApplicationBuilder AddRetrieval(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(builder.Configuration.GetSection(RetrievalOptions.SectionName).Get<RetrievalOptions>() ?? new RetrievalOptions());
        var embeddings = builder.Configuration.GetSection(EmbeddingOptions.SectionName).Get<EmbeddingOptions>() ?? new EmbeddingOptions();
        builder.Services.AddSingleton(sp => EmbeddingGeneratorFactory.Create(embeddings, loggerFactory: sp.GetRequiredService<ILoggerFactory>()) ?? NoEmbeddings.Instance);
        if (string.IsNullOrWhiteSpace(builder.Configuration[$"{QdrantOptions.SectionName}:Url"]))
        {
            builder.Services.AddSingleton<IPassageIndex>(sp => sp.GetRequiredService<EmbeddedPassageIndex>());
        }
        else
        {
            builder.Services.AddOptions<QdrantOptions>().BindConfiguration(QdrantOptions.SectionName)
                .Validate(o => o.Problem is null, "Qdrant: Url must be an absolute http(s) URL (its gRPC port), Collection non-empty, TimeoutSeconds positive").ValidateOnStart();
            builder.Services.AddSingleton(sp => new QdrantPassageIndex(sp.GetRequiredService<IOptions<QdrantOptions>>().Value, sp.GetRequiredService<ILogger<QdrantPassageIndex>>()));
            builder.Services.AddSingleton<IPassageIndex>(sp => sp.GetRequiredService<QdrantPassageIndex>());
        }

        builder.Services.AddSingleton<HybridRetriever>();
        return builder;
    }
}
