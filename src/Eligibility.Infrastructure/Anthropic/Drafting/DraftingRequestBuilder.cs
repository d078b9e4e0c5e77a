using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Anthropic.Models.Messages;
using Eligibility.Core.Determinations;

namespace Eligibility.Infrastructure.Anthropic.Drafting;

/// <summary>
/// Builds the first request of a draft: the cached system prompt, the <c>calculate_income</c> tool, and one user
/// message with every passage as a citable search result, then the redacted facts and the computed figures.
/// </summary>
internal static class DraftingRequestBuilder
{
    /// <summary>A draft has several cited steps; the chat default of 1024 tokens can cut one off.</summary>
    internal const int MinMaxTokens = 2048;

    public static MessageCreateParams Build(ClaudeOptions options, DraftingRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.RedactedFacts))
        {
            throw new ArgumentException("The case facts are empty.", nameof(request));
        }

        var content = new List<ContentBlockParam>(request.Passages.Count + 1);
        content.AddRange(request.Passages.Select(p => (ContentBlockParam)PassageSearchResult.For(p.Passage)));
        content.Add(new TextBlockParam(CaseText(request)));

        return new MessageCreateParams
        {
            Model = options.Model,
            MaxTokens = Math.Max(options.MaxTokens, MinMaxTokens),
            System = new List<TextBlockParam>
            {
                new() { Text = DraftingSystemPrompt.Text, CacheControl = new CacheControlEphemeral() },
            },
            Tools = [CalculatorTool],
            Messages = [new UserMessageParam(content)],
        };
    }

    /// <summary>
    /// SHA-256 (lower-case hex) of the system prompt and the messages exactly as serialized into the request
    /// body, so a draft records which prompt produced it.
    /// </summary>
    public static string PromptHash(MessageCreateParams parameters)
    {
        var body = parameters.RawBodyData;
        var text = body["system"].GetRawText() + "\n" + body["messages"].GetRawText();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The calculator as a client tool, with its JSON schema passed through unchanged.</summary>
    private static Tool CalculatorTool => new()
    {
        Name = IncomeCalculatorTool.Name,
        Description = IncomeCalculatorTool.Description,
        InputSchema = InputSchema.FromRawUnchecked(
            IncomeCalculatorTool.InputSchema.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone())),
    };

    private static string CaseText(DraftingRequest request)
    {
        var text = new StringBuilder();
        text.Append("Case facts (personal details removed):\n").Append(request.RedactedFacts.Trim()).Append("\n\n");
        text.Append("Figures already computed by the calculator from these facts and the versioned tables (copy them exactly):\n");
        foreach (var step in request.Figures.Steps)
        {
            text.Append("- ").Append(step).Append('\n');
        }

        if (request.Figures.Unavailable.Count > 0)
        {
            text.Append("\nFigures that could not be computed:\n");
            foreach (var reason in request.Figures.Unavailable)
            {
                text.Append("- ").Append(reason).Append('\n');
            }
        }

        text.Append("\nDraft the determination for these facts from the search results, in the format of the system prompt.");
        return text.ToString();
    }
}
