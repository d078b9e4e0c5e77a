using Eligibility.Core.Audit;
using Eligibility.Core.Manuals;

namespace Eligibility.Core.Publishing;

/// <summary>Where a publish gate's run stands.</summary>
public enum GateStatus
{
    Queued,
    Running,
    /// <summary>The staged version met every floor.</summary>
    Passed,
    /// <summary>The staged version fell below one or more floors: publishing is blocked unless an admin overrides.</summary>
    Failed,
    /// <summary>The run could not be made (the suite file is missing or malformed); blocks like a failure.</summary>
    Error,
}

/// <summary>
/// One run of a manual's gate suite against a staged version (as if it were published) and against the versions in
/// effect now, with the floors it was held to and the ones it missed.
/// </summary>
public sealed record GateRun(
    string Id,
    string ManualId,
    string Version,
    string Suite,
    IReadOnlyList<string> Floors,
    GateStatus Status,
    IReadOnlyDictionary<string, double?> Staged,
    IReadOnlyDictionary<string, double?> Active,
    IReadOnlyList<string> Failures,
    string? Error,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    DateTimeOffset? FinishedAt)
{
    public ManualVersionKey Key => new(ManualId, Version);

    /// <summary>A new run of a suite against a version, before it starts.</summary>
    public static GateRun Requested(ManualVersionKey key, string suite, IReadOnlyList<string> floors, string requestedBy, DateTimeOffset at) =>
        new("gate-" + Guid.NewGuid().ToString("n")[..16], key.ManualId, key.Version, suite, floors, GateStatus.Queued,
            new Dictionary<string, double?>(), new Dictionary<string, double?>(), [], null, requestedBy, at, null);

    /// <summary>The audit record of asking for this run.</summary>
    public AuditRecord RequestRecord => new(RequestedBy, "gate-requested", Key.ToString(), new { run = Id, suite = Suite, floors = Floors });

    /// <summary>This run finished with the metrics it measured and the floors it missed.</summary>
    public GateRun Finished(IReadOnlyDictionary<string, double?> staged, IReadOnlyDictionary<string, double?> active, IReadOnlyList<string> failures, DateTimeOffset at) =>
        this with { Status = failures.Count == 0 ? GateStatus.Passed : GateStatus.Failed, Staged = staged, Active = active, Failures = failures, FinishedAt = at };

    /// <summary>The audit record of how this run ended.</summary>
    public AuditRecord OutcomeRecord => new(RequestedBy, "gate-" + Status.ToString().ToLowerInvariant(), Key.ToString(), new { run = Id, failures = Failures, error = Error, staged = Staged });

    public bool IsFinished => Status is GateStatus.Passed or GateStatus.Failed or GateStatus.Error;
}

public interface IGateRunStore
{
    /// <summary>Keeps a queued run with its <c>gate-requested</c> audit entry, in one transaction.</summary>
    Task AddAsync(GateRun run, AuditRecord audit, CancellationToken ct);

    Task<GateRun?> FindAsync(string id, CancellationToken ct);

    /// <summary>The most recent run for a version, if any.</summary>
    Task<GateRun?> LatestAsync(ManualVersionKey key, CancellationToken ct);

    /// <summary>Marks a queued run running; false when it is not queued (already run, or running elsewhere).</summary>
    Task<bool> StartAsync(string id, CancellationToken ct);

    /// <summary>Records the outcome with its audit entry, in one transaction.</summary>
    Task<GateRun> FinishAsync(GateRun finished, AuditRecord audit, CancellationToken ct);
}
