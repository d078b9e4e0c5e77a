using Eligibility.Core.Audit;

namespace Eligibility.Core.Publishing;

/// <summary>
/// Something a user must see in the panel: live when it is raised, and at their next sign-in until they dismiss it.
/// <see cref="Subject"/> is what it is about (a determination id, a feedback id).
/// </summary>
public sealed record Notice(string Id, string Recipient, string Kind, string Subject, string Text, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    /// <summary>A notice id derived from what caused it, so raising it again (after a crash, on a retry) finds it already there.</summary>
    public static string IdFor(params string[] cause) =>
        "ntc-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', cause))))[..24];
}

public static class NoticeKinds
{
    /// <summary>A final determination cited text a newly published version changed or removed.</summary>
    public const string DeterminationFlagged = "determination-flagged";

    /// <summary>Policy staff resolved feedback the user gave.</summary>
    public const string FeedbackResolved = "feedback-resolved";
}

public interface INoticeStore
{
    /// <summary>
    /// Raises notices with one audit entry, in one transaction. A notice whose id is already on record is not raised
    /// again (ids are derived from what caused them), so raising after a crash or a retry never doubles one.
    /// Returns the notices raised now.
    /// </summary>
    Task<IReadOnlyList<Notice>> RaiseAsync(IReadOnlyList<Notice> notices, AuditRecord audit, CancellationToken ct);

    /// <summary>The user's notices not yet dismissed, newest first.</summary>
    Task<IReadOnlyList<Notice>> UnreadAsync(string recipient, CancellationToken ct);

    /// <summary>Every notice about a subject (a determination's flags, say), oldest first.</summary>
    Task<IReadOnlyList<Notice>> AboutAsync(string subject, CancellationToken ct);

    /// <summary>Dismisses one of the user's own notices; false when there is none with that id.</summary>
    Task<bool> DismissAsync(string id, string recipient, CancellationToken ct);
}
