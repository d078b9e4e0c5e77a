using System.Text.Json;
using Eligibility.Core.Publishing;

namespace Eligibility.Infrastructure.Records.Publishing;

/// <summary>An uploaded file and its ingestion job; its bytes are in <see cref="UploadContentRow"/>.</summary>
internal sealed class UploadRow
{
    public string Id { get; set; } = "";
    public string FileName { get; set; } = "";
    public string ManualId { get; set; } = "";
    public string Title { get; set; } = "";
    public string Version { get; set; } = "";
    public DateOnly EffectiveDate { get; set; }
    public long Bytes { get; set; }
    public string Sha256 { get; set; } = "";
    public string UploadedBy { get; set; } = "";
    public DateTime UploadedAt { get; set; }
    public string Status { get; set; } = "";
    public string Stage { get; set; } = "";
    public int Pages { get; set; }
    public int Passages { get; set; }
    public string Warnings { get; set; } = "[]";
    public string? Error { get; set; }
    public int Attempts { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? JobId { get; set; }

    public static UploadRow From(Upload u) => new()
    {
        Id = u.Id, FileName = u.FileName, ManualId = u.ManualId, Title = u.Title, Version = u.Version, EffectiveDate = u.EffectiveDate,
        Bytes = u.Bytes, Sha256 = u.Sha256, UploadedBy = u.UploadedBy, UploadedAt = StoredTime.ToColumn(u.UploadedAt), Status = u.Status.ToString(),
        Stage = u.Stage, Pages = u.Pages, Passages = u.Passages, Warnings = JsonSerializer.Serialize(u.Warnings), Error = u.Error,
        Attempts = u.Attempts, UpdatedAt = StoredTime.ToColumn(u.UpdatedAt), JobId = u.JobId,
    };

    public Upload ToUpload() => new(
        Id, FileName, ManualId, Title, Version, EffectiveDate, Bytes, Sha256, UploadedBy, StoredTime.FromColumn(UploadedAt), Enum.Parse<UploadStatus>(Status),
        Stage, Pages, Passages, JsonSerializer.Deserialize<List<string>>(Warnings) ?? [], Error, Attempts, StoredTime.FromColumn(UpdatedAt), JobId);
}

/// <summary>The bytes of an uploaded file, kept apart so listing uploads never reads them.</summary>
internal sealed class UploadContentRow
{
    public string UploadId { get; set; } = "";
    public byte[] Content { get; set; } = [];
}
