using Eligibility.Core.Answering;
using Eligibility.Core.Passages;
using Eligibility.Core.Retrieval;
using Eligibility.Infrastructure.Anthropic;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Anthropic;

/// <summary>Options pointing at a loopback server (retry delays short enough for tests), passages and requests.</summary>
internal static class ClaudeTestSetup
{
    public const string Key = "sk-ant-test-SECRET-7d41c9e2";

    public static ClaudeOptions Options(LoopbackMessagesServer server, string? apiKey = Key, int maxRetries = 2) => new()
    {
        ApiKey = apiKey,
        BaseUrl = server.BaseUrl,
        Model = "claude-test-model",
        MaxTokens = 321,
        TimeoutSeconds = 5,
        MaxRetries = maxRetries,
        RetryDelay = TimeSpan.FromMilliseconds(10),
    };

    public static ClaudeAnswerGenerator Generator(ClaudeOptions options, CapturingLogger<ClaudeAnswerGenerator>? logger = null) =>
        new(options, logger ?? new CapturingLogger<ClaudeAnswerGenerator>());

    public static RetrievedPassage Passage(int ordinal, string text, string section = "Article 5 > § 50185 Reporting changes", int pageStart = 12, int pageEnd = 13) =>
        new(new Passage
        {
            Id = $"mcep@2024-07#{ordinal:D4}",
            ManualId = "mcep",
            Version = "2024-07",
            ManualTitle = "Medi-Cal Eligibility Procedures Manual",
            EffectiveDate = new DateOnly(2024, 7, 1),
            Ordinal = ordinal,
            SectionPath = SectionPath.Parse(section),
            PageStart = pageStart,
            PageEnd = pageEnd,
            StartOffset = 0,
            EndOffset = text.Length,
            Text = text,
            ContextHeader = "Medi-Cal Eligibility Procedures Manual > " + section,
            ContentHash = $"hash{ordinal}",
            TokenEstimate = text.Length / 4,
        }, Score: 1.0 / ordinal, LexicalRank: ordinal, DenseRank: null, Support: 0.9);

    public static IReadOnlyList<RetrievedPassage> TwoPassages { get; } =
    [
        Passage(1, "A beneficiary must report a change in income within 10 days of the change."),
        Passage(2, "The county must act on a reported change within 30 days.", section: "Article 5 > § 50189 County action", pageStart: 14, pageEnd: 14),
    ];

    public static GenerationRequest Request(string question = "How soon must a beneficiary report an income change?", IReadOnlyList<ConversationTurn>? history = null) =>
        new(question, TwoPassages, history ?? []);

    /// <summary>Runs the stream to its end and returns every event.</summary>
    public static async Task<List<GenerationEvent>> CollectAsync(IAsyncEnumerable<GenerationEvent> stream, CancellationToken ct)
    {
        var events = new List<GenerationEvent>();
        await foreach (var item in stream.WithCancellation(ct))
        {
            events.Add(item);
        }

        return events;
    }

    /// <summary>Runs the stream until it throws; returns what arrived before and the exception.</summary>
    public static async Task<(List<GenerationEvent> Events, AnswerGenerationException Error)> CollectUntilFailureAsync(IAsyncEnumerable<GenerationEvent> stream, CancellationToken ct)
    {
        var events = new List<GenerationEvent>();
        var error = await Assert.ThrowsAsync<AnswerGenerationException>(async () =>
        {
            await foreach (var item in stream.WithCancellation(ct))
            {
                events.Add(item);
            }
        });
        return (events, error);
    }
}
