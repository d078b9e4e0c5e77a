using System.Text.Json;
using System.Text.Json.Serialization;

namespace Eligibility.Core.Determinations;

/// <summary>A property limit: an amount for the first person and for each additional member, counting up to a cap.</summary>
public sealed record PropertyLimit(decimal FirstPerson, decimal EachAdditionalPerson, int MembersCounted)
{
    public decimal For(int householdSize) => FirstPerson + (EachAdditionalPerson * (Math.Min(householdSize, MembersCounted) - 1));
}

/// <summary>
/// One version of one eligibility limit: an income limit as a percentage of the poverty level, or a property
/// limit (null when there is none), with the date it applies from and the source it is taken from.
/// </summary>
public sealed record EligibilityLimit(
    string Id,
    string Program,
    string Group,
    string Description,
    DateOnly Effective,
    decimal? PercentOfPovertyLevel,
    PropertyLimit? PropertyLimit,
    string Source);

/// <summary>
/// Medi-Cal limits as versioned, cited data (limit-tables.json, embedded): the version of a limit in effect
/// in a month is the latest whose effective date is on or before the month's first day.
/// </summary>
public sealed class LimitTables(IReadOnlyList<EligibilityLimit> limits)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static LimitTables Default { get; } = Load();

    public IReadOnlyList<EligibilityLimit> Limits { get; } = limits.OrderBy(l => l.Effective).ToList();

    public EligibilityLimit? InEffect(string id, DateOnly month) => Limits.LastOrDefault(l => l.Id == id && l.Effective <= month);

    /// <summary>The income limit for the applicant's group under the program.</summary>
    public EligibilityLimit? IncomeLimitFor(MediCalProgram program, HouseholdMember applicant, DateOnly month) => program switch
    {
        MediCalProgram.Magi when applicant.Pregnant => InEffect("magi-pregnant-income", month),
        MediCalProgram.Magi when applicant.Age < 19 => InEffect("magi-child-income", month),
        MediCalProgram.Magi when applicant.Age <= 64 => InEffect("magi-adult-income", month),
        MediCalProgram.Magi => null,
        _ => InEffect("non-magi-income", month),
    };

    public EligibilityLimit? PropertyLimitFor(MediCalProgram program, DateOnly month) =>
        program == MediCalProgram.NonMagi ? InEffect("non-magi-property", month) : null;

    private static LimitTables Load()
    {
        using var stream = typeof(LimitTables).Assembly.GetManifestResourceStream("Eligibility.Core.Determinations.limit-tables.json")
            ?? throw new InvalidOperationException("limit-tables.json is not embedded");
        return new LimitTables(JsonSerializer.Deserialize<List<EligibilityLimit>>(stream, Json) ?? []);
    }
}
