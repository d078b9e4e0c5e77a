using Eligibility.Core.Publishing;

namespace Eligibility.Server.Publishing;

/// <summary>An upload as the admin page shows it.</summary>
public sealed record UploadView(
    string Id, string FileName, string Manual, string Title, string Version, DateOnly Effective, long Bytes, string UploadedBy, DateTimeOffset UploadedAt,
    string Status, string Stage, int Pages, int Passages, IReadOnlyList<string> Warnings, string? Error, int Attempts, DateTimeOffset UpdatedAt)
{
    public static UploadView Of(Upload u) => new(
        u.Id, u.FileName, u.ManualId, u.Title, u.Version, u.EffectiveDate, u.Bytes, u.UploadedBy, u.UploadedAt, u.Status.ToString().ToLowerInvariant(), u.Stage,
        u.Pages, u.Passages, u.Warnings, u.Error, u.Attempts, u.UpdatedAt);
}
