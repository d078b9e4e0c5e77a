namespace Eligibility.Infrastructure.Records.Conversations;

/// <summary>A caseworker's feedback on an answer (helpful, wrong, outdated) with an optional comment.</summary>
internal sealed class FeedbackRow
{
    public string Id { get; set; } = "";
    public string AnswerId { get; set; } = "";
    public string UserName { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? Comment { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Open until policy staff resolve it (only wrong and outdated feedback reaches them).</summary>
    public string Status { get; set; } = "Open";
    public string? ResolvedBy { get; set; }
    public DateTime? ResolvedAt { get; set; }
    public string? ResolutionNote { get; set; }

    /// <summary>The manual version (<c>manual@version</c>) that fixes what the feedback pointed at, if any.</summary>
    public string? FixedByVersion { get; set; }
}
