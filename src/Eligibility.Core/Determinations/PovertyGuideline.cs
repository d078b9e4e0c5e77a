using System.Text.Json;

namespace Eligibility.Core.Determinations;

/// <summary>One year's federal poverty guideline (annual dollars), with its source and the date it applies from.</summary>
public sealed record PovertyGuideline(int Year, DateOnly Effective, decimal FirstPerson, decimal EachAdditionalPerson, string Source)
{
    public decimal AnnualFor(int householdSize) => FirstPerson + (EachAdditionalPerson * (householdSize - 1));
}

/// <summary>
/// The guideline tables as versioned data (poverty-guidelines.json, embedded). A year that is not in the data is
/// an error, never a guess: add the new table when HHS publishes it.
/// </summary>
public sealed class PovertyGuidelines(IReadOnlyList<PovertyGuideline> tables)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static PovertyGuidelines Default { get; } = Load();

    public IReadOnlyList<PovertyGuideline> Tables { get; } = tables.OrderBy(t => t.Effective).ToList();

    /// <summary>
    /// The table in effect on a date: the latest whose effective date is on or before it, unless that table is
    /// more than 15 months old (a newer year's table is missing from the data, so there is no safe answer).
    /// </summary>
    public PovertyGuideline? InEffectOn(DateOnly date) =>
        Tables.LastOrDefault(t => t.Effective <= date) is { } table && date <= table.Effective.AddMonths(15) ? table : null;

    private static PovertyGuidelines Load()
    {
        using var stream = typeof(PovertyGuidelines).Assembly.GetManifestResourceStream("Eligibility.Core.Determinations.poverty-guidelines.json")
            ?? throw new InvalidOperationException("poverty-guidelines.json is not embedded");
        return new PovertyGuidelines(JsonSerializer.Deserialize<List<PovertyGuideline>>(stream, Json) ?? []);
    }
}
