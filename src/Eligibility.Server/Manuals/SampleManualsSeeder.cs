using Eligibility.Core.Manuals;
using Eligibility.Ingest.Pipeline;
using Microsoft.Extensions.Options;

namespace Eligibility.Server.Manuals;

/// <summary>On first start (no manual versions yet) ingests and publishes the sample manuals, so a fresh install answers.</summary>
internal sealed class SampleManualsSeeder(
    IManualStore store,
    IngestionPipeline pipeline,
    IOptions<SampleManualsOptions> options,
    IHostEnvironment environment,
    ILogger<SampleManualsSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.IngestOnFirstStart || (await store.ListVersionsAsync(null, cancellationToken)).Count > 0)
        {
            return;
        }

        var manifest = options.Value.Manifest ?? FindManifest(environment.ContentRootPath);
        if (manifest is null || !File.Exists(manifest))
        {
            ServerLog.SamplesMissing(logger, manifest ?? "corpus-samples/manifest.json");
            return;
        }

        foreach (var request in Manifest.Read(manifest))
        {
            var outcome = await pipeline.IngestAsync(request, publish: true, cancellationToken);
            if (outcome.Succeeded)
            {
                ServerLog.SampleIngested(logger, outcome.Key.ToString(), outcome.Passages);
            }
            else
            {
                ServerLog.SampleFailed(logger, outcome.Error ?? "unknown error");
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static string? FindManifest(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "corpus-samples", "manifest.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
