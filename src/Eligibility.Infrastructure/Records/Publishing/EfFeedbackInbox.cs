using System.Text.Json;
using Eligibility.Core.Answering;
using Eligibility.Core.Audit;
using Eligibility.Core.Feedback;
using Eligibility.Infrastructure.Records.Conversations;
using Microsoft.EntityFrameworkCore;

namespace Eligibility.Infrastructure.Records.Publishing;

/// <summary>Wrong and outdated feedback with the answers it is about, read from the records.</summary>
internal sealed class EfFeedbackInbox(RecordsDatabase database, EfAuditLog audit, TimeProvider clock) : IFeedbackInbox
{
    private static readonly string[] ForPolicyStaff = ["Wrong", "Outdated"];

    public async Task<IReadOnlyList<FeedbackItem>> ListAsync(bool includeResolved, int limit, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        var rows = await Joined(db).Where(x => ForPolicyStaff.Contains(x.Feedback.Kind) && (includeResolved || x.Feedback.Status == "Open"))
            .OrderByDescending(x => x.Feedback.CreatedAt).Take(limit).ToListAsync(ct);
        return rows.ConvertAll(x => ToItem(x.Feedback, x.Answer));
    }

    public async Task<IReadOnlyList<FeedbackItem>> GivenByAsync(string user, int limit, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        var rows = await Joined(db).Where(x => x.Feedback.UserName == user).OrderByDescending(x => x.Feedback.CreatedAt).Take(limit).ToListAsync(ct);
        return rows.ConvertAll(x => ToItem(x.Feedback, x.Answer));
    }

    public async Task<FeedbackItem?> FindAsync(string id, CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        var row = await Joined(db).FirstOrDefaultAsync(x => x.Feedback.Id == id, ct);
        return row is null ? null : ToItem(row.Feedback, row.Answer);
    }

    public async Task<FeedbackItem?> ResolveAsync(string id, string actor, string note, string? fixedByVersion, AuditRecord auditRecord, CancellationToken ct)
    {
        var found = false;
        await audit.WriteAsync(async (db, token) =>
        {
            var row = await db.Feedback.FirstOrDefaultAsync(f => f.Id == id && ForPolicyStaff.Contains(f.Kind), token);
            if (row is null)
            {
                return null;
            }

            found = true;
            row.Status = nameof(FeedbackStatus.Resolved);
            row.ResolvedBy = actor;
            row.ResolvedAt = StoredTime.ToColumn(clock.GetUtcNow());
            row.ResolutionNote = note;
            row.FixedByVersion = fixedByVersion;
            return auditRecord;
        }, ct);
        return found ? await FindAsync(id, ct) : null;
    }

    private sealed class Pair
    {
        public required FeedbackRow Feedback { get; init; }
        public required AnswerRow Answer { get; init; }
    }

    private static IQueryable<Pair> Joined(RecordsDbContext db) =>
        from f in db.Feedback.AsNoTracking()
        join a in db.Answers.AsNoTracking() on f.AnswerId equals a.Id
        select new Pair { Feedback = f, Answer = a };

    private static FeedbackItem ToItem(FeedbackRow f, AnswerRow a) => new(
        f.Id, f.AnswerId, f.UserName, f.Kind.ToLowerInvariant(), f.Comment, StoredTime.FromColumn(f.CreatedAt), a.Question, a.Text, a.AsOf,
        JsonSerializer.Deserialize<List<AnswerCitation>>(a.Citations) ?? [], Enum.Parse<FeedbackStatus>(f.Status), f.ResolvedBy,
        f.ResolvedAt is { } at ? StoredTime.FromColumn(at) : null, f.ResolutionNote, f.FixedByVersion);
}
