using System.Text.Json;
using Eligibility.Core.Publishing;

namespace Eligibility.Infrastructure.Records.Publishing;

/// <summary>A publish gate's run; floors, metrics and failures as JSON.</summary>
internal sealed class GateRunRow
{
    public string Id { get; set; } = "";
    public string ManualId { get; set; } = "";
    public string Version { get; set; } = "";
    public string Suite { get; set; } = "";
    public string Floors { get; set; } = "[]";
    public string Status { get; set; } = "";
    public string Staged { get; set; } = "{}";
    public string Active { get; set; } = "{}";
    public string Failures { get; set; } = "[]";
    public string? Error { get; set; }
    public string RequestedBy { get; set; } = "";
    public DateTime RequestedAt { get; set; }
    public DateTime? FinishedAt { get; set; }

    public static GateRunRow From(GateRun r) => new()
    {
        Id = r.Id, ManualId = r.ManualId, Version = r.Version, Suite = r.Suite, Floors = JsonSerializer.Serialize(r.Floors), Status = r.Status.ToString(),
        Staged = JsonSerializer.Serialize(r.Staged), Active = JsonSerializer.Serialize(r.Active), Failures = JsonSerializer.Serialize(r.Failures), Error = r.Error,
        RequestedBy = r.RequestedBy, RequestedAt = StoredTime.ToColumn(r.RequestedAt), FinishedAt = r.FinishedAt is { } f ? StoredTime.ToColumn(f) : null,
    };

    public GateRun ToRun() => new(
        Id, ManualId, Version, Suite, JsonSerializer.Deserialize<List<string>>(Floors) ?? [], Enum.Parse<GateStatus>(Status),
        JsonSerializer.Deserialize<Dictionary<string, double?>>(Staged) ?? [], JsonSerializer.Deserialize<Dictionary<string, double?>>(Active) ?? [],
        JsonSerializer.Deserialize<List<string>>(Failures) ?? [], Error, RequestedBy, StoredTime.FromColumn(RequestedAt), FinishedAt is { } f ? StoredTime.FromColumn(f) : null);
}
