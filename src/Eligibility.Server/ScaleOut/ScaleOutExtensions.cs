using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Eligibility.Server.ScaleOut;

internal static class ScaleOutExtensions
{
    /// <summary>
    /// What lets several instances serve as one: the Redis backplane for SignalR when <c>Redis:Configuration</c> is set,
    /// the data protection key ring in the database (so a sign-in holds on every
    /// instance and across restarts), the catalogue listener on PostgreSQL, and readiness checks for the database, Redis and Qdrant.
    /// </summary>
    public static IHostApplicationBuilder AddScaleOut(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(ScaleOutOptions.SectionName).Get<ScaleOutOptions>() ?? new ScaleOutOptions();
        RecordsKeyRing.AddTo(builder.Services);
        builder.Services.AddSingleton<CatalogueListener>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<CatalogueListener>());
        var health = builder.Services.AddHealthChecks().AddCheck<RecordsReady>("records", tags: [HealthChecks.Ready]);
        if (!string.IsNullOrWhiteSpace(options.Configuration))
        {
            builder.Services.AddSignalR().AddStackExchangeRedis(options.Configuration, redis =>
            {
                redis.Configuration.ChannelPrefix = RedisChannel.Literal(options.ChannelPrefix);
                redis.Configuration.AbortOnConnectFail = false;
            });
            health.AddCheck("redis", new RedisReady(options.Configuration), tags: [HealthChecks.Ready]);
        }

        var qdrant = builder.Configuration.GetSection(Eligibility.Infrastructure.Qdrant.QdrantOptions.SectionName).Get<Eligibility.Infrastructure.Qdrant.QdrantOptions>();
        if (!string.IsNullOrWhiteSpace(qdrant?.Url))
        {
            health.Add(new HealthCheckRegistration("qdrant", sp => new QdrantReady(sp.GetRequiredService<Eligibility.Infrastructure.Qdrant.QdrantPassageIndex>()), null, [HealthChecks.Ready]));
        }

        return builder;
    }
}
