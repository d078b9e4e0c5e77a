using System.Text.Json;
using Eligibility.Core.Determinations;
using Eligibility.Core.Redaction;
using Eligibility.Infrastructure.Anthropic.Drafting;
using Eligibility.Tests.Anthropic;
using Eligibility.Tests.Support;
using Microsoft.Extensions.AI;
using Moq;

namespace Eligibility.Tests.Interactions;

/// <summary>
/// The preparing step's chat client mocked with Moq: whatever the model says (here, a calculator call that repeats
/// the applicant's name and SSN, as a misled model might), every request the kernel makes has passed the redactor,
/// the model's own call and the tool result included, and so has the drafting request that follows.
/// </summary>
public sealed class NothingReachesTheModelUnredactedTests
{
    private static readonly string[] Secrets = ["Maria", "Lopez", "123-45-6789"];

    [Fact]
    public async Task Every_request_of_the_preparing_step_and_the_draft_is_redacted_even_when_the_model_repeats_personal_data()
    {
        var leaky = new Dictionary<string, object?>
        {
            ["household_size"] = JsonSerializer.SerializeToElement(1),
            ["incomes"] = JsonSerializer.SerializeToElement(new[] { new { kind = "wages of Maria Lopez, SSN 123-45-6789", amount = 1500, frequency = "monthly" } }),
        };
        var sent = new List<string>();
        var claude = new Mock<IChatClient>(MockBehavior.Strict);
        claude.Setup(c => c.GetService(It.IsAny<Type>(), It.IsAny<object?>()))
            .Returns((Type type, object? _) => type == typeof(ChatClientMetadata) ? new ChatClientMetadata("anthropic", null, "claude-test-model") : null);
        claude.Setup(c => c.Dispose());
        var replies = new Queue<ChatResponse>(
        [
            new ChatResponse(new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("call-1", DraftingTestSetup.CalculatorTool, leaky)])),
            new ChatResponse(new ChatMessage(ChatRole.Assistant, "Countable income: 1,500.00 a month.")),
        ]);
        claude.Setup(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IEnumerable<ChatMessage> messages, ChatOptions? _, CancellationToken _) =>
            {
                sent.Add(Written(messages));
                return replies.Dequeue();
            });
        await using var server = LoopbackMessagesServer.Start();
        server.Enqueue(DraftingTestSetup.CitedDraft());
        using var drafter = new ClaudeDeterminationDrafter(ClaudeTestSetup.Options(server), new CapturingLogger<ClaudeDeterminationDrafter>(), null, claude.Object);
        var request = DraftingTestSetup.Request() with { People = FactsRedactor.KnownPeopleOf(DraftingTestSetup.Facts) };

        var output = await drafter.DraftAsync(request, TestContext.Current.CancellationToken);

        claude.Verify(c => c.GetResponseAsync(It.Is<IEnumerable<ChatMessage>>(m => HoldsNoSecret(m)), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
        claude.Verify(c => c.GetResponseAsync(It.Is<IEnumerable<ChatMessage>>(m => !HoldsNoSecret(m)), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.Equal(2, sent.Count);
        Assert.Contains("[NAME-1]", sent[0], StringComparison.Ordinal); // the facts arrived, redacted
        Assert.Contains("countable_monthly_income", sent[1], StringComparison.Ordinal); // the tool result arrived, redacted

        // The calculator ran on what the model asked, and the record keeps only the redacted result.
        Assert.Single(request.Calculator.Calls);
        var recorded = Assert.Single(output.FunctionCalls);
        Assert.All(Secrets, s => Assert.DoesNotContain(s, recorded.Result, StringComparison.Ordinal));
        Assert.All(Secrets, s => Assert.DoesNotContain(s, Assert.Single(server.Requests).Body, StringComparison.Ordinal));
    }

    private static bool HoldsNoSecret(IEnumerable<ChatMessage> messages)
    {
        var text = Written(messages);
        return !Secrets.Any(s => text.Contains(s, StringComparison.Ordinal));
    }

    /// <summary>Everything a request carries: texts, the model's calls with their arguments, and function results.</summary>
    private static string Written(IEnumerable<ChatMessage> messages) => string.Join("\n", messages.SelectMany(m => m.Contents).Select(c => c switch
    {
        TextContent t => t.Text,
        FunctionCallContent call => call.Name + JsonSerializer.Serialize(call.Arguments),
        FunctionResultContent result => result.Result?.ToString() ?? "",
        _ => c.ToString() ?? "",
    }));
}
