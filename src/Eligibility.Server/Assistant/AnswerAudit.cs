using Eligibility.Core.Answering;
using Eligibility.Core.Audit;

namespace Eligibility.Server.Assistant;

/// <summary>
/// What the audit keeps of an answer: the question as searched and as sent to any model (redacted), the
/// model, the passages with their manual versions, the answer text and every verified citation.
/// </summary>
internal static class AnswerAudit
{
    public static AuditRecord Of(string user, string conversationId, AnswerStarted started, AnswerCompleted done, AnswerCollector answer, string? modelId) =>
        new(user, "answer", done.AnswerId, new
        {
            conversationId,
            questionSent = started.StandaloneQuestion,
            asOf = started.AsOf,
            mode = done.Mode.ToString(),
            model = modelId,
            promptHash = done.PromptHash,
            abstained = done.Abstained,
            passages = answer.Sources.Select(p => new { p.PassageId, p.ManualId, p.Version, p.SectionPath }),
            text = answer.Text,
            citations = answer.Citations.Select(c => new { c.Number, c.PassageId, c.Version, c.CitedText }),
            droppedCitations = done.DroppedCitations,
            unsupportedSentences = done.UnsupportedSentences,
            unsupported = answer.Unsupported,
        });
}
