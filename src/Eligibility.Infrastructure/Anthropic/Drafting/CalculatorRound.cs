using System.Text.Json;
using Anthropic.Models.Messages;
using Eligibility.Core.Answering;
using Eligibility.Core.Determinations;

namespace Eligibility.Infrastructure.Anthropic.Drafting;

/// <summary>
/// One round of the tool loop: Claude's turn (its text and <c>tool_use</c> blocks) is sent back as it was, followed
/// by a user turn with one <c>tool_result</c> per <c>tool_use</c>, each holding what the calculator answered.
/// </summary>
internal static class CalculatorRound
{
    /// <summary>The request for the next round, with the calculator's answers appended; <paramref name="calls"/> counts the tool calls run.</summary>
    public static MessageCreateParams Continue(MessageCreateParams parameters, Message reply, IncomeCalculatorTool calculator, out int calls)
    {
        var assistant = new List<ContentBlockParam>();
        var results = new List<ContentBlockParam>();
        foreach (var block in reply.Content)
        {
            if (block.TryPickText(out var text) && !string.IsNullOrEmpty(text.Text))
            {
                assistant.Add(new TextBlockParam(text.Text)); // the API rejects empty text blocks
            }
            else if (block.TryPickToolUse(out var toolUse))
            {
                assistant.Add(new ToolUseBlockParam { ID = toolUse.ID, Name = toolUse.Name, Input = toolUse.Input });
                results.Add(Run(toolUse, calculator));
            }
        }

        if (results.Count == 0)
        {
            throw new AnswerGenerationException("Claude asked for a calculation but sent no calculator input. Try again.");
        }

        calls = results.Count;
        return new MessageCreateParams(parameters)
        {
            Messages = [.. parameters.Messages, new AssistantMessageParam(assistant), new UserMessageParam(results)],
        };
    }

    private static ToolResultBlockParam Run(ToolUseBlock toolUse, IncomeCalculatorTool calculator)
    {
        if (toolUse.Name != IncomeCalculatorTool.Name)
        {
            return new ToolResultBlockParam(toolUse.ID) { Content = $"There is no tool named '{toolUse.Name}'. Use {IncomeCalculatorTool.Name}.", IsError = true };
        }

        var output = calculator.Invoke(JsonSerializer.Serialize(toolUse.Input));
        return new ToolResultBlockParam(toolUse.ID) { Content = output, IsError = IsError(output) ? true : null };
    }

    /// <summary>The calculator answers bad input with <c>{"error": "..."}</c> rather than an exception.</summary>
    private static bool IsError(string output)
    {
        using var json = JsonDocument.Parse(output);
        return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("error", out _);
    }
}
