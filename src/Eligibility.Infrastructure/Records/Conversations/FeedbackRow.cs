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
}
