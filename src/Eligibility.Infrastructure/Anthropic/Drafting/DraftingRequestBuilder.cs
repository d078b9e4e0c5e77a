using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Anthropic.Models.Messages;
using Eligibility.Core.Determinations;
using Eligibility.Core.Redaction;

namespace Eligibility.Infrastructure.Anthropic.Drafting;

/// <summary>
/// Builds the drafting request: the cached system prompt and one user message with every passage as a citable
/// search result, then the redacted facts, the computed figures and the results of the functions Claude called
/// while preparing. No tools: every figure is already there. The text passes through the product's redactor.
/// </summary>
internal static class DraftingRequestBuilder
{
    /// <summary>A draft has several cited steps; the chat default of 1024 tokens can cut one off.</summary>
    internal const int MinMaxTokens = 2048;

    public static MessageCreateParams Build(ClaudeOptions options, DraftingRequest request, IReadOnlyList<ModelFunctionCall>? calls = null)
    {
        if (string.IsNullOrWhiteSpace(request.RedactedFacts))
        {
            throw new ArgumentException("The case facts are empty.", nameof(request));
        }

        var content = new List<ContentBlockParam>(request.Passages.Count + 1);
        content.AddRange(request.Passages.Select(p => (ContentBlockParam)PassageSearchResult.For(p.Passage)));
        content.Add(new TextBlockParam(PersonalDataRedactor.Redact(CaseText(request, calls ?? []), request.People).Text));

        return new MessageCreateParams
        {
            Model = options.Model,
            MaxTokens = Math.Max(options.MaxTokens, MinMaxTokens),
            System = new List<TextBlockParam>
            {
                new() { Text = DraftingSystemPrompt.Text, CacheControl = new CacheControlEphemeral() },
            },
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

    private static string CaseText(DraftingRequest request, IReadOnlyList<ModelFunctionCall> calls)
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

        var calculations = calls.Where(c => c.Function == IncomeCalculatorTool.Name).ToList();
        if (calculations.Count > 0)
        {
            text.Append("\nCalculations you asked for while preparing (each figure exactly as the calculator gave it):\n");
            foreach (var call in calculations)
            {
                text.Append("- input ").Append(call.Arguments).Append("\n  result ").Append(call.Result).Append('\n');
            }
        }

        text.Append("\nDraft the determination for these facts from the search results, in the format of the system prompt.");
        return text.ToString();
    }
}
