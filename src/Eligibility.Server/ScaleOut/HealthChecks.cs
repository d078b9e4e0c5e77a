using System.Text.Json;
using Eligibility.Core.Manuals;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Eligibility.Server.ScaleOut;

/// <summary>
/// Liveness and readiness for an orchestrator: <c>/health/live</c> answers while the process runs (restart it when it
/// stops answering); <c>/health/ready</c> checks what an instance needs to serve (the database, Redis and Qdrant when
/// configured) and answers 503 naming what is down, so the proxy sends no one there.
/// </summary>
internal static class HealthChecks
{
    public const string Ready = "ready";

    public static IEndpointRouteBuilder MapLivenessAndReadiness(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync }).AllowAnonymous();
        return app;
    }

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString().ToLowerInvariant(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString().ToLowerInvariant(), description = e.Value.Description }),
        }));
    }
}

/// <summary>The records database answers a query.</summary>
internal sealed class RecordsReady(IManualStore store, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var inEffect = await store.VersionsInEffectAsync(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), null, cancellationToken);
            return HealthCheckResult.Healthy($"{inEffect.Count} manual versions in effect");
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"the records database does not answer: {e.Message}");
        }
    }
}

/// <summary>Redis answers a PING (the SignalR backplane needs it).</summary>
internal sealed class RedisReady(string configuration) : IHealthCheck, IDisposable
{
    private readonly Lazy<Task<ConnectionMultiplexer>> _redis = new(() => ConnectionMultiplexer.ConnectAsync(Options(configuration)));

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await (await _redis.Value).GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"PING {latency.TotalMilliseconds:0.#} ms");
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"Redis does not answer: {e.Message}");
        }
    }

    private static ConfigurationOptions Options(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 2000;
        return options;
    }

    public void Dispose()
    {
        if (_redis.IsValueCreated && _redis.Value.IsCompletedSuccessfully)
        {
            _redis.Value.Result.Dispose();
        }
    }
}

/// <summary>Qdrant answers its gRPC health check (within 3 s) when it holds the index.</summary>
internal sealed class QdrantReady(Eligibility.Infrastructure.Qdrant.QdrantPassageIndex qdrant) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(3));
        try
        {
            return HealthCheckResult.Healthy($"ready (Qdrant {await qdrant.CheckHealthAsync(deadline.Token)})");
        }
        catch (Exception e) when (e is Eligibility.Infrastructure.Qdrant.QdrantException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"Qdrant does not answer: {e.Message}");
        }
    }
}
