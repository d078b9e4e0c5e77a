namespace Eligibility.Infrastructure.Records.Conversations;

/// <summary>A caseworker's conversation with the assistant.</summary>
internal sealed class ConversationRow
{
    public string Id { get; set; } = "";
    public string UserName { get; set; } = "";
    public string Title { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
