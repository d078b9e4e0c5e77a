using System.Text.Json;
using Eligibility.Core.Determinations;

namespace Eligibility.Infrastructure.Records;

/// <summary>
/// A determination as stored: the facts and the draft as JSON text, the decision in columns (null while a draft),
/// so the decision can be made in one conditional UPDATE.
/// </summary>
internal sealed class DeterminationRow
{
    public const string DraftState = nameof(DeterminationState.Draft);

    public string Id { get; set; } = "";
    public string CreatedBy { get; set; } = "";
    public string Owner { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public string? Corrects { get; set; }
    public string Facts { get; set; } = "";
    public string Draft { get; set; } = "";
    public string State { get; set; } = DraftState;
    public string? DecidedBy { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? FinalOutcome { get; set; }
    public string? FinalSummary { get; set; }
    public string? Amendments { get; set; }
    public string? Reason { get; set; }

    public static DeterminationRow From(Determination determination) => new()
    {
        Id = determination.Id,
        CreatedBy = determination.CreatedBy,
        Owner = determination.Owner,
        CreatedAt = StoredTime.ToColumn(determination.CreatedAt),
        Corrects = determination.Corrects,
        Facts = JsonSerializer.Serialize(determination.Facts, RecordsJson.Options),
        Draft = JsonSerializer.Serialize(determination.Draft, RecordsJson.Options),
    };

    public Determination ToDetermination() => new(
        Id,
        CreatedBy,
        StoredTime.FromColumn(CreatedAt),
        Read<CaseFacts>(Facts),
        Read<DeterminationDraft>(Draft),
        Corrects,
        State == DraftState ? null : ToDecision()) { Owner = Owner };

    private Decision ToDecision() => new(
        Enum.Parse<DeterminationState>(State),
        DecidedBy ?? "",
        StoredTime.FromColumn(DecidedAt.GetValueOrDefault()),
        Enum.Parse<DraftOutcome>(FinalOutcome ?? nameof(DraftOutcome.LeftToCaseworker)),
        FinalSummary ?? "",
        Amendments is null ? [] : Read<List<Amendment>>(Amendments),
        Reason);

    private T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, RecordsJson.Options) ?? throw new InvalidDataException($"determination {Id} holds an empty {typeof(T).Name}");
}
