using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Eligibility.Core.Retrieval;

namespace Eligibility.Core.Answering;

/// <summary>
/// A SHA-256 over what a model was given for an answer (model, question as sent, passage ids and texts, earlier
/// turns), so an auditor can tell whether two answers were made from the same input.
/// </summary>
public static class PromptHash
{
    public static string Of(string? model, string question, IReadOnlyList<RetrievedPassage> passages, IReadOnlyList<ConversationTurn> history)
    {
        var canonical = JsonSerializer.Serialize(new
        {
            model,
            question,
            passages = passages.Select(p => new { p.Passage.Id, p.Passage.Text }),
            history = history.Select(h => new { h.Question, h.Answer }),
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
