using System.Runtime.CompilerServices;
using Eligibility.Core.Answering;
using Eligibility.Core.Audit;
using Eligibility.Core.Conversations;
using Eligibility.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace Eligibility.Tests.Interactions;

/// <summary>
/// The hub with the model and the conversation store mocked with Moq: an answer the model fails part-way through
/// is shown as failed and never saved to the conversation; one it finishes is saved once, with its audit entry.
/// </summary>
public sealed class AFailedAnswerIsNeverSavedTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_answer_is_saved_only_when_the_model_finishes_it(bool modelFails)
    {
        var generator = new Mock<IAnswerGenerator>();
        generator.SetupGet(g => g.ModelId).Returns("claude-test-model");
        generator.Setup(g => g.GenerateAsync(It.IsAny<GenerationRequest>(), It.IsAny<CancellationToken>()))
            .Returns((GenerationRequest request, CancellationToken ct) => Stream(request, modelFails, ct));
        var store = new Mock<IConversationStore>();
        store.Setup(s => s.StartAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string user, string title, CancellationToken _) => new Conversation("conv-1", user, title, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch));
        store.Setup(s => s.AnswersAsync("conv-1", It.IsAny<CancellationToken>())).ReturnsAsync([]);
        await using var app = new EligibilityApp(services: s =>
        {
            s.AddSingleton(generator.Object);
            s.AddSingleton(store.Object);
        });
        var url = app.StartRealServer();
        await using var hub = await HubSession.ConnectAsync(url, await HubClient.SignInAsync(url, "caseworker", "caseworker-demo"), Ct);

        var items = await hub.StreamAsync("Ask", new { question = "Is there a property limit for one person?", asOf = "2026-02-01" }, Ct);

        generator.Verify(g => g.GenerateAsync(It.Is<GenerationRequest>(r => r.Passages.Count > 0), It.IsAny<CancellationToken>()), Times.Once);
        store.Verify(s => s.StartAsync("caseworker", It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
        if (modelFails)
        {
            Assert.Equal("failed", items[^1].GetProperty("type").GetString());
            Assert.Contains("Claude stopped mid-answer", items[^1].GetProperty("message").GetString(), StringComparison.Ordinal);
            store.Verify(s => s.SaveAnswerAsync(It.IsAny<StoredAnswer>(), It.IsAny<AuditRecord>(), It.IsAny<CancellationToken>()), Times.Never);
        }
        else
        {
            Assert.Equal("completed", items[^1].GetProperty("type").GetString());
            store.Verify(
                s => s.SaveAnswerAsync(It.Is<StoredAnswer>(a => a.ConversationId == "conv-1" && a.Citations.Count == 1), It.Is<AuditRecord>(r => r.Kind == "answer"), It.IsAny<CancellationToken>()),
                Times.Once);
        }
    }

    /// <summary>The model's stream: a cited sentence, then either the end or a failure.</summary>
    private static async IAsyncEnumerable<GenerationEvent> Stream(GenerationRequest request, bool fail, [EnumeratorCancellation] CancellationToken ct)
    {
        await Task.Yield();
        var passage = request.Passages[0].Passage;
        var sentence = CitationVerifier.Sentences(passage.Text).First();
        yield return new GeneratedText(sentence);
        yield return new GeneratedCitation(passage.Id, sentence);
        ct.ThrowIfCancellationRequested();
        if (fail)
        {
            throw new AnswerGenerationException("Claude stopped mid-answer: the connection closed.");
        }

        yield return new GenerationFinished("end_turn", 10, 5);
    }
}
