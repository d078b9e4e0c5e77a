using Eligibility.Core.Publishing;

namespace Eligibility.Infrastructure.Records.Publishing;

internal sealed class NoticeRow
{
    public string Id { get; set; } = "";
    public string Recipient { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Text { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }

    public static NoticeRow From(Notice n) => new()
    {
        Id = n.Id, Recipient = n.Recipient, Kind = n.Kind, Subject = n.Subject, Text = n.Text, CreatedAt = StoredTime.ToColumn(n.CreatedAt),
        ReadAt = n.ReadAt is { } read ? StoredTime.ToColumn(read) : null,
    };

    public Notice ToNotice() => new(Id, Recipient, Kind, Subject, Text, StoredTime.FromColumn(CreatedAt), ReadAt is { } read ? StoredTime.FromColumn(read) : null);
}
