using Eligibility.Core.Answering;
using Eligibility.Core.Audit;
using Eligibility.Core.Conversations;
using Eligibility.Infrastructure.Records;

namespace Eligibility.Tests.Records;

/// <summary>
/// Conversations, answers and feedback on a real database, the same tests on each provider: each user sees only
/// their own, an answer and feedback commit with their audit entry, or neither does.
/// </summary>
public abstract class ConversationStoreTests(string provider)
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StoredAnswer Answer(string id, string conversation, DateTimeOffset at) => new(
        id, conversation, "What is the property limit?", "What is the property limit for one person?", "The limit is $130,000. [1]", false,
        AnswerMode.Extractive, null, new DateOnly(2026, 2, 1),
        [new AnswerCitation(1, "handbook@2026-01#0001", "The limit is $130,000", 0, 21, "handbook", "Handbook", "2026-01", new DateOnly(2026, 1, 1), "Chapter 4 > 4.1", 7, 7)],
        at);

    [Fact]
    public async Task An_answer_comes_back_in_its_conversation_for_its_user_only()
    {
        await using var database = await RecordsTestDatabase.CreateAsync(provider);
        var store = database.Open().Conversations;
        var mine = await store.StartAsync("maria", "What is the property limit?", Ct);
        var theirs = await store.StartAsync("li", "Another question", Ct);
        var answer = Answer("a1", mine.Id, Noon.AddTicks(15));
        await store.SaveAnswerAsync(answer, new AuditRecord("maria", "answer", "a1", new { }), Ct);

        var reread = database.Open().Conversations;
        var loaded = Assert.Single(await reread.AnswersAsync(mine.Id, Ct));
        Assert.Equal(answer with { Citations = loaded.Citations, CreatedAt = loaded.CreatedAt }, loaded);
        Assert.Equal(answer.Citations, loaded.Citations);
        Assert.Equal(Noon.AddTicks(10), loaded.CreatedAt);
        Assert.NotNull(await reread.FindAnswerAsync("a1", "maria", Ct));
        Assert.Null(await reread.FindAnswerAsync("a1", "li", Ct));
        Assert.Null(await reread.FindAsync(mine.Id, "li", Ct));
        Assert.Equal([mine.Id], (await reread.ListAsync("maria", 10, Ct)).Select(c => c.Id));
        Assert.Equal([theirs.Id], (await reread.ListAsync("li", 10, Ct)).Select(c => c.Id));
    }

    [Fact]
    public async Task Search_finds_a_user_s_conversations_by_words_of_their_questions_and_answers()
    {
        await using var database = await RecordsTestDatabase.CreateAsync(provider);
        var store = database.Open().Conversations;
        var property = await store.StartAsync("maria", "Property", Ct);
        await store.SaveAnswerAsync(Answer("a1", property.Id, Noon), new AuditRecord("maria", "answer", "a1", new { }), Ct);
        var other = await store.StartAsync("maria", "Timely determinations", Ct);
        var theirs = await store.StartAsync("li", "Property", Ct);
        await store.SaveAnswerAsync(Answer("a2", theirs.Id, Noon), new AuditRecord("li", "answer", "a2", new { }), Ct);

        Assert.Equal([property.Id], (await store.SearchAsync("maria", ["property"], 10, Ct)).Select(c => c.Id));
        Assert.Equal([property.Id], (await store.SearchAsync("maria", ["$130,000"], 10, Ct)).Select(c => c.Id));
        Assert.Equal([property.Id], (await store.SearchAsync("maria", ["LIMIT", "what"], 10, Ct)).Select(c => c.Id));
        Assert.Equal([other.Id], (await store.SearchAsync("maria", ["timely"], 10, Ct)).Select(c => c.Id));
        Assert.Empty(await store.SearchAsync("maria", ["limit", "pregnant"], 10, Ct));
    }

    [Fact]
    public async Task An_answer_and_feedback_commit_with_their_audit_entries_or_not_at_all()
    {
        await using var database = await RecordsTestDatabase.CreateAsync(provider);
        var records = database.Open();
        var conversation = await records.Conversations.StartAsync("maria", "Property", Ct);
        await records.Conversations.SaveAnswerAsync(Answer("a1", conversation.Id, Noon), new AuditRecord("maria", "answer", "a1", new { }), Ct);
        await records.Conversations.SaveFeedbackAsync(new AnswerFeedback("a1", "maria", FeedbackKind.Outdated, "the 2026 limit", Noon), new AuditRecord("maria", "feedback", "a1", new { }), Ct);
        Assert.Equal(["answer", "feedback"], (await records.Audit.ReadAsync("a1", Ct)).Select(e => e.Kind));

        await database.RefuseAuditEntriesAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => records.Conversations.SaveAnswerAsync(Answer("a2", conversation.Id, Noon), new AuditRecord("maria", "answer", "a2", new { }), Ct));
        await Assert.ThrowsAnyAsync<Exception>(() => records.Conversations.SaveFeedbackAsync(new AnswerFeedback("a1", "maria", FeedbackKind.Wrong, null, Noon), new AuditRecord("maria", "feedback", "a1", new { }), Ct));

        Assert.Equal(["a1"], (await database.Open().Conversations.AnswersAsync(conversation.Id, Ct)).Select(a => a.Id));
        Assert.Equal(1L, Convert.ToInt64(await database.ExecuteAsync("SELECT COUNT(*) FROM answer_feedback"), System.Globalization.CultureInfo.InvariantCulture));
    }
}

public sealed class SqliteConversationStoreTests() : ConversationStoreTests(RecordsOptions.Sqlite);

public sealed class PostgresConversationStoreTests() : ConversationStoreTests(RecordsOptions.Postgres);
