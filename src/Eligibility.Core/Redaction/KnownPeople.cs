namespace Eligibility.Core.Redaction;

/// <summary>
/// What a case says about its people, so that free text repeating it is redacted whatever its spelling: names (each
/// becomes <c>[NAME-n]</c> by position), identifiers (SSN, CIN, case reference), contact details (phone, e-mail,
/// address) and dates of birth (in any written form, labelled or not).
/// </summary>
public sealed record KnownPeople(IReadOnlyList<string> Names, IReadOnlyList<string> Identifiers, IReadOnlyList<string> Contact, IReadOnlyList<DateOnly> BirthDates)
{
    public static KnownPeople None { get; } = new([], [], [], []);

    public static KnownPeople Named(IReadOnlyList<string>? names) => names is { Count: > 0 } ? None with { Names = names } : None;
}
