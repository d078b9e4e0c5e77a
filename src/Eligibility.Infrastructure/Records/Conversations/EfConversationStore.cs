using Eligibility.Core.Audit;
using Eligibility.Core.Conversations;
using Microsoft.EntityFrameworkCore;

namespace Eligibility.Infrastructure.Records.Conversations;

/// <summary>Conversations, answers and feedback in the database; an answer or feedback commits with its audit entry.</summary>
internal sealed class EfConversationStore(RecordsDatabase database, EfAuditLog audit, TimeProvider clock) : IConversationStore
{
    private const int TitleLength = 120;

    public async Task<Conversation?> FindAsync(string conversationId, string user, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        var row = await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == conversationId && c.UserName == user, ct);
        return row is null ? null : ToConversation(row);
    }

    public async Task<Conversation> StartAsync(string user, string title, CancellationToken ct)
    {
        var now = StoredTime.ToColumn(clock.GetUtcNow());
        var row = new ConversationRow
        {
            Id = Guid.NewGuid().ToString("n"), UserName = user, Title = title.Length > TitleLength ? title[..TitleLength] + "…" : title, CreatedAt = now, UpdatedAt = now,
        };
        await using var db = await database.OpenAsync(ct);
        db.Conversations.Add(row);
        await db.SaveChangesAsync(ct);
        return ToConversation(row);
    }

    public async Task<IReadOnlyList<Conversation>> ListAsync(string user, int limit, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        var rows = await db.Conversations.AsNoTracking().Where(c => c.UserName == user).OrderByDescending(c => c.UpdatedAt).Take(limit).ToListAsync(ct);
        return rows.ConvertAll(ToConversation);
    }

    public async Task<IReadOnlyList<Conversation>> SearchAsync(string user, IReadOnlyList<string> words, int limit, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        var found = db.Conversations.AsNoTracking().Where(c => c.UserName == user);
        // LOWER(...) LIKE in SQL on both providers: EF Core translates ToLower().Contains, not the StringComparison overloads.
#pragma warning disable CA1862
        foreach (var word in words.Select(w => w.ToLowerInvariant()))
        {
            found = found.Where(c => c.Title.ToLower().Contains(word)
                || db.Answers.Any(a => a.ConversationId == c.Id && (a.Question.ToLower().Contains(word) || a.Text.ToLower().Contains(word))));
        }
#pragma warning restore CA1862

        var rows = await found.OrderByDescending(c => c.UpdatedAt).Take(limit).ToListAsync(ct);
        return rows.ConvertAll(ToConversation);
    }

    public async Task<IReadOnlyList<StoredAnswer>> AnswersAsync(string conversationId, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        var rows = await db.Answers.AsNoTracking().Where(a => a.ConversationId == conversationId).OrderBy(a => a.CreatedAt).ToListAsync(ct);
        return rows.ConvertAll(a => a.ToAnswer());
    }

    public async Task SaveAnswerAsync(StoredAnswer answer, AuditRecord auditRecord, CancellationToken ct) =>
        await audit.WriteAsync(async (db, token) =>
        {
            db.Answers.Add(AnswerRow.From(answer));
            var at = StoredTime.ToColumn(answer.CreatedAt);
            await db.Conversations.Where(c => c.Id == answer.ConversationId).ExecuteUpdateAsync(s => s.SetProperty(c => c.UpdatedAt, at), token);
            return auditRecord;
        }, ct);

    public async Task<StoredAnswer?> FindAnswerAsync(string answerId, string user, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        var row = await (from a in db.Answers.AsNoTracking()
                         join c in db.Conversations.AsNoTracking() on a.ConversationId equals c.Id
                         where a.Id == answerId && c.UserName == user
                         select a).FirstOrDefaultAsync(ct);
        return row?.ToAnswer();
    }

    public async Task<bool> CitesAsync(string user, string passageId, CancellationToken ct)
    {
        // Citations are kept as JSON; the id as JSON writes it is unique to a citation of that passage.
        var quoted = System.Text.Json.JsonSerializer.Serialize(passageId);
        await using var db = await database.OpenAsync(ct);
        return await (from a in db.Answers.AsNoTracking()
                      join c in db.Conversations.AsNoTracking() on a.ConversationId equals c.Id
                      where c.UserName == user && a.Citations.Contains(quoted)
                      select a.Id).AnyAsync(ct);
    }

    public async Task SaveFeedbackAsync(AnswerFeedback feedback, AuditRecord auditRecord, CancellationToken ct) =>
        await audit.WriteAsync((db, _) =>
        {
            db.Feedback.Add(new FeedbackRow
            {
                Id = Guid.NewGuid().ToString("n"), AnswerId = feedback.AnswerId, UserName = feedback.User, Kind = feedback.Kind.ToString(),
                Comment = feedback.Comment, CreatedAt = StoredTime.ToColumn(feedback.CreatedAt),
            });
            return Task.FromResult<AuditRecord?>(auditRecord);
        }, ct);

    private static Conversation ToConversation(ConversationRow row) =>
        new(row.Id, row.UserName, row.Title, StoredTime.FromColumn(row.CreatedAt), StoredTime.FromColumn(row.UpdatedAt));
}
