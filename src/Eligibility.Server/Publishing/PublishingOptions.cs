namespace Eligibility.Server.Publishing;

/// <summary>Policy staff's uploads and the background jobs that ingest them (configuration section "Publishing").</summary>
public sealed class PublishingOptions
{
    public const string SectionName = "Publishing";

    /// <summary>The largest file an upload may carry.</summary>
    public long MaxUploadBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>The most files one upload may carry.</summary>
    public int MaxFilesPerUpload { get; set; } = 20;

    /// <summary>
    /// A folder watched for <c>manifest.json</c> files: each one dropped there with its files becomes a staged upload,
    /// and is then renamed <c>manifest.json.accepted-…</c> (or <c>.refused-…</c> with a <c>.reason.txt</c> beside it).
    /// </summary>
    public string? WatchFolder { get; set; }

    /// <summary>How often the watched folder is looked at, and stalled uploads are resumed.</summary>
    public int SweepSeconds { get; set; } = 15;

    /// <summary>Ingestion jobs that run at once on this instance.</summary>
    public int Workers { get; set; } = 1;

    /// <summary>
    /// How long a running job's claim lasts without a heartbeat (it renews every third of this): after that its
    /// worker is taken to be dead and the upload is resumed elsewhere.
    /// </summary>
    public int LeaseSeconds { get; set; } = 30;

    /// <summary>Attempts before a job failing for a transient reason (the database away, a full disk) is given up, with that reason.</summary>
    public int MaxAttempts { get; set; } = 5;

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    /// <summary>The publish gate of each manual that has one, by manual id (see <see cref="Gate.GateSuite"/>).</summary>
    public Dictionary<string, Gate.GateSuite> Gates { get; set; } = [];
}
