namespace Eligibility.Infrastructure.Audit;

/// <summary>
/// How the audit log is keyed and checkpointed (configuration section "Audit"). Keys never live in the database:
/// they come from configuration (user-secrets, environment: <c>Audit__Keys__0__Id</c>, <c>Audit__Keys__0__Secret</c>)
/// or, in the embedded default, from <see cref="KeyFile"/>, created on first use and readable only by its owner.
/// </summary>
public sealed class AuditOptions
{
    public const string SectionName = "Audit";

    /// <summary>Configured keys, oldest first; the last one tags new entries. When empty, <see cref="KeyFile"/> is used.</summary>
    public List<AuditKeyOptions> Keys { get; set; } = [];

    /// <summary>The key file of the embedded default, relative to the data folder.</summary>
    public string KeyFile { get; set; } = "audit.key";

    /// <summary>
    /// The append-only file the chain head is written to after every commit, relative to the data folder. In
    /// production it must be durable and not writable by the database's operators (a separate volume, an
    /// append-only or WORM mount, shipped off the host); the head also goes to the log stream.
    /// </summary>
    public string CheckpointFile { get; set; } = "audit-checkpoints.log";
}

/// <summary>One configured key: an id recorded with each entry it tags, and a base64 secret of at least 32 bytes.</summary>
public sealed class AuditKeyOptions
{
    public string Id { get; set; } = "";

    public string Secret { get; set; } = "";
}
