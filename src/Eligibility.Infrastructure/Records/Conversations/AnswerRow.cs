using System.Text.Json;
using Eligibility.Core.Answering;
using Eligibility.Core.Conversations;

namespace Eligibility.Infrastructure.Records.Conversations;

/// <summary>A finished answer: the question as asked and as searched, the text, and its verified citations (JSON).</summary>
internal sealed class AnswerRow
{
    public string Id { get; set; } = "";
    public string ConversationId { get; set; } = "";
    public string Question { get; set; } = "";
    public string StandaloneQuestion { get; set; } = "";
    public string Text { get; set; } = "";
    public bool Abstained { get; set; }
    public string Mode { get; set; } = "";
    public string? ModelId { get; set; }
    public DateOnly AsOf { get; set; }
    public string Citations { get; set; } = "[]";
    public DateTime CreatedAt { get; set; }

    public static AnswerRow From(StoredAnswer a) => new()
    {
        Id = a.Id,
        ConversationId = a.ConversationId,
        Question = a.Question,
        StandaloneQuestion = a.StandaloneQuestion,
        Text = a.Text,
        Abstained = a.Abstained,
        Mode = a.Mode.ToString(),
        ModelId = a.ModelId,
        AsOf = a.AsOf,
        Citations = JsonSerializer.Serialize(a.Citations),
        CreatedAt = StoredTime.ToColumn(a.CreatedAt),
    };

    public StoredAnswer ToAnswer() => new(
        Id, ConversationId, Question, StandaloneQuestion, Text, Abstained, Enum.Parse<AnswerMode>(Mode), ModelId, AsOf,
        JsonSerializer.Deserialize<List<AnswerCitation>>(Citations) ?? [], StoredTime.FromColumn(CreatedAt));
}
