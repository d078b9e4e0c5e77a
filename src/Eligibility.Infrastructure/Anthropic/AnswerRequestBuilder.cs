using Anthropic.Models.Messages;
using Eligibility.Core.Answering;

namespace Eligibility.Infrastructure.Anthropic;

/// <summary>
/// Builds the Messages API request of an answer: the cached system prompt, earlier turns as user/assistant messages
/// (each earlier question inside <c>&lt;earlier_question&gt;</c>), then one user message holding every passage as a
/// citable search result followed by the question.
/// </summary>
internal static class AnswerRequestBuilder
{
    /// <summary>Sent in place of an empty earlier question or answer: the API rejects empty text.</summary>
    private const string Empty = "(empty)";

    public static MessageCreateParams Build(ClaudeOptions options, GenerationRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Question))
        {
            throw new ArgumentException("The question is empty.", nameof(request));
        }

        var messages = new List<MessageParam>(request.History.Count * 2 + 1);
        foreach (var turn in request.History)
        {
            // An earlier question is data, delimited so that nothing in it reads as an instruction.
            messages.Add(new UserMessageParam($"<earlier_question>\n{NonEmpty(turn.Question)}\n</earlier_question>"));
            messages.Add(new AssistantMessageParam(NonEmpty(turn.Answer)));
        }

        var content = new List<ContentBlockParam>(request.Passages.Count + 1);
        foreach (var retrieved in request.Passages)
        {
            content.Add(PassageSearchResult.For(retrieved.Passage));
        }

        content.Add(new TextBlockParam(request.Question.Trim()));
        messages.Add(new UserMessageParam(content));

        return new MessageCreateParams
        {
            Model = options.Model,
            MaxTokens = options.MaxTokens,
            System = new List<TextBlockParam>
            {
                new() { Text = ClaudeSystemPrompt.Text, CacheControl = new CacheControlEphemeral() },
            },
            Messages = messages,
        };
    }

    private static string NonEmpty(string text) => string.IsNullOrWhiteSpace(text) ? Empty : text;
}
