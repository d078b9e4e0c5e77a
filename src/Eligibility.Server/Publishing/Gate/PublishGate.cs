using Eligibility.Core.Answering;
using Eligibility.Core.Audit;
using Eligibility.Core.Manuals;
using Eligibility.Core.Publishing;
using Eligibility.Core.Retrieval;
using Eligibility.Evals.Gating;
using Eligibility.Evals.Suites;
using Hangfire;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace Eligibility.Server.Publishing.Gate;

/// <summary>What the gate says about publishing a version now.</summary>
public sealed record GateVerdict(bool Configured, bool Blocks, string Reason, GateRun? Latest);

/// <summary>
/// The publish gate: a manual's configured eval suite, run as a background job against a staged version (as if it
/// were published) and against the versions in effect now, held to the configured floors. A manual with no suite
/// configured is not gated, and the gate says so. A version whose latest run did not pass (or that has none) is
/// blocked from publishing unless an admin overrides it with a reason, which goes on record.
/// </summary>
public sealed class PublishGate(
    IOptions<PublishingOptions> options, IHostEnvironment host, IManualStore store, IPassageIndex index, TimeProvider clock,
    IEmbeddingGenerator<string, Embedding<float>> embedder, RetrievalOptions retrieval, ExtractiveAnswerer answerer, IGateRunStore runs, IBackgroundJobClient jobs)
{
    public GateSuite? SuiteFor(string manualId) => options.Value.Gates.GetValueOrDefault(manualId);

    public async Task<GateVerdict> VerdictAsync(ManualVersionKey key, CancellationToken ct)
    {
        var latest = await runs.LatestAsync(key, ct);
        if (SuiteFor(key.ManualId) is null)
        {
            return new GateVerdict(false, false, $"No gate suite is configured for {key.ManualId} (Publishing:Gates:{key.ManualId}); publishing is not gated.", latest);
        }

        return latest?.Status switch
        {
            null => new GateVerdict(true, true, $"The gate has not been run for {key}; run it before publishing.", null),
            GateStatus.Passed => new GateVerdict(true, false, $"The gate passed on {latest.FinishedAt:yyyy-MM-dd HH:mm} UTC.", latest),
            GateStatus.Failed => new GateVerdict(true, true, $"The gate failed: {string.Join("; ", latest.Failures)}.", latest),
            GateStatus.Error => new GateVerdict(true, true, $"The gate could not run: {latest.Error}", latest),
            _ => new GateVerdict(true, true, "The gate is still running.", latest),
        };
    }

    /// <summary>Queues a run of the manual's suite against the staged version; null when the manual has no gate.</summary>
    public async Task<GateRun?> RequestAsync(ManualVersion version, string actor, CancellationToken ct)
    {
        if (SuiteFor(version.ManualId) is not { } gate)
        {
            return null;
        }

        var run = GateRun.Requested(version.Key, gate.Suite, gate.Floors, actor, clock.GetUtcNow());
        await runs.AddAsync(run, run.RequestRecord, ct);
        jobs.Enqueue<PublishGate>(g => g.RunAsync(run.Id, CancellationToken.None));
        return run;
    }

    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Publish gate {0}")]
    public async Task RunAsync(string runId, CancellationToken ct)
    {
        if (!await runs.StartAsync(runId, ct) || await runs.FindAsync(runId, ct) is not { } run)
        {
            return;
        }

        GateRun finished;
        try
        {
            var version = await store.FindVersionAsync(run.Key, ct) ?? throw new InvalidOperationException($"version {run.Key} is no longer stored");
            var suite = SuiteLoader.Load(Path.GetFullPath(run.Suite, host.ContentRootPath));
            var outcome = await GateEvaluation.RunAsync(store, version, suite, run.Floors, catalogue => new HybridRetriever(catalogue, index, clock, embedder, retrieval), answerer, ct);
            finished = run.Finished(outcome.Staged.Metrics, outcome.Active.Metrics, outcome.Failures, clock.GetUtcNow());
        }
        catch (Exception e) when (e is SuiteFormatException or FormatException or InvalidOperationException or IOException)
        {
            finished = run with { Status = GateStatus.Error, Error = e.Message, FinishedAt = clock.GetUtcNow() };
        }

        await runs.FinishAsync(finished, finished.OutcomeRecord, CancellationToken.None);
    }
}
