namespace Eligibility.Server.ScaleOut;

/// <summary>
/// Running several instances (configuration section "Redis"): with <see cref="Configuration"/> set, SignalR messages
/// (answers' streams stay on their own connection; notices, upload progress) go through Redis, so they reach a
/// user whichever instance they are connected to.
/// </summary>
public sealed class ScaleOutOptions
{
    public const string SectionName = "Redis";

    /// <summary>A StackExchange.Redis configuration string, e.g. <c>redis:6379</c>; none for a single instance.</summary>
    public string? Configuration { get; set; }

    /// <summary>The prefix of this deployment's channels, so deployments can share one Redis.</summary>
    public string ChannelPrefix { get; set; } = "eligibility";
}
