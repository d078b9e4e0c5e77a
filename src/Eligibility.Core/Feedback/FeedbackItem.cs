using Eligibility.Core.Answering;
using Eligibility.Core.Audit;

namespace Eligibility.Core.Feedback;

/// <summary>Where feedback stands in policy staff's inbox.</summary>
public enum FeedbackStatus
{
    Open,
    Resolved,
}

/// <summary>
/// A caseworker's "wrong" or "outdated" on an answer, with what policy staff need to judge it: the question, the
/// answer, its cited passages and the comment; and, once resolved, who resolved it, the note and the version that
/// fixes it, if any.
/// </summary>
public sealed record FeedbackItem(
    string Id,
    string AnswerId,
    string User,
    string Kind,
    string? Comment,
    DateTimeOffset CreatedAt,
    string Question,
    string AnswerText,
    DateOnly AsOf,
    IReadOnlyList<AnswerCitation> Citations,
    FeedbackStatus Status,
    string? ResolvedBy,
    DateTimeOffset? ResolvedAt,
    string? ResolutionNote,
    string? FixedByVersion)
{
    /// <summary>The notice that tells the caseworker who gave this feedback how policy staff resolved it.</summary>
    public Publishing.Notice ResolvedNotice(DateTimeOffset at) => new(
        Publishing.Notice.IdFor("feedback", Id, ResolvedAt?.ToString("O") ?? ""), User, Publishing.NoticeKinds.FeedbackResolved, Id,
        $"Your \"{Kind}\" feedback on \"{(Question.Length <= 80 ? Question : Question[..80] + "…")}\" was resolved by {ResolvedBy}: {ResolutionNote}{(FixedByVersion is null ? "" : $" (fixed in {FixedByVersion})")}",
        at, null);

    /// <summary>The audit record of raising <see cref="ResolvedNotice"/>.</summary>
    public AuditRecord NoticeRecord => new(ResolvedBy ?? "", "notice-raised", Id, new { recipient = User, kind = Publishing.NoticeKinds.FeedbackResolved });
}

/// <summary>Policy staff's inbox of feedback that says an answer was wrong or outdated.</summary>
public interface IFeedbackInbox
{
    /// <summary>Wrong and outdated feedback, newest first; only open items unless <paramref name="includeResolved"/>.</summary>
    Task<IReadOnlyList<FeedbackItem>> ListAsync(bool includeResolved, int limit, CancellationToken ct);

    /// <summary>Everything one user gave feedback on, with its status, newest first.</summary>
    Task<IReadOnlyList<FeedbackItem>> GivenByAsync(string user, int limit, CancellationToken ct);

    Task<FeedbackItem?> FindAsync(string id, CancellationToken ct);

    /// <summary>Resolves an open item with its audit entry in one transaction; returns null when there is no such item.</summary>
    Task<FeedbackItem?> ResolveAsync(string id, string actor, string note, string? fixedByVersion, AuditRecord audit, CancellationToken ct);
}
