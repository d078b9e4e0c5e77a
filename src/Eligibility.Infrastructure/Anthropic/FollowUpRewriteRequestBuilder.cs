using System.Text;
using Anthropic.Models.Messages;
using Eligibility.Core.Answering;

namespace Eligibility.Infrastructure.Anthropic;

/// <summary>
/// Builds the non-streaming request that turns a follow-up into a standalone question: the recent conversation
/// as a transcript (long answers shortened) and the follow-up, in one user message.
/// </summary>
internal static class FollowUpRewriteRequestBuilder
{
    /// <summary>Only the most recent turns matter for resolving "that" or "it".</summary>
    internal const int MaxTurns = 4;

    internal const int MaxAnswerChars = 1200;

    /// <summary>A standalone question is short.</summary>
    internal const int MaxTokens = 200;

    public static MessageCreateParams Build(ClaudeOptions options, string question, IReadOnlyList<ConversationTurn> history)
    {
        // The transcript and the follow-up are data, each in its own tags: nothing in them reads as an instruction.
        var text = new StringBuilder("<conversation>\n");
        foreach (var turn in history.Skip(Math.Max(0, history.Count - MaxTurns)))
        {
            text.Append("Caseworker: ").Append(turn.Question.Trim()).Append('\n');
            text.Append("Assistant: ").Append(Shorten(turn.Answer.Trim())).Append('\n');
        }

        text.Append("</conversation>\n\n<follow_up>\n").Append(question.Trim()).Append("\n</follow_up>\n");
        text.Append("\nRewrite the follow-up question as one standalone question. Do not answer it.");

        return new MessageCreateParams
        {
            Model = options.Model,
            MaxTokens = MaxTokens,
            System = FollowUpRewritePrompt.Text,
            Messages = [new UserMessageParam(text.ToString())],
        };
    }

    private static string Shorten(string answer) =>
        answer.Length <= MaxAnswerChars ? answer : answer[..MaxAnswerChars] + "…";
}
