namespace Eligibility.Core.Determinations;

/// <summary>
/// The case-facts form as submitted (strings and numbers as typed), before validation turns it into
/// <see cref="CaseFacts"/>. Every field is optional here so that a missing one gets a named error, not a
/// deserialisation failure.
/// </summary>
public sealed record CaseFactsForm
{
    public string? CaseReference { get; init; }
    public string? Program { get; init; }
    public string? County { get; init; }

    /// <summary>"YYYY-MM".</summary>
    public string? BenefitMonth { get; init; }

    public IReadOnlyList<MemberForm>? Household { get; init; }
    public IReadOnlyList<IncomeForm>? Income { get; init; }
    public IReadOnlyList<ResourceForm>? Resources { get; init; }
    public ContactDetails? Contact { get; init; }
    public string? Notes { get; init; }
}

public sealed record MemberForm
{
    public string? Name { get; init; }
    public int? Age { get; init; }
    public string? Relationship { get; init; }
    public bool Pregnant { get; init; }
    public bool Disabled { get; init; }
    public bool Blind { get; init; }
    public string? ImmigrationStatus { get; init; }
    public string? Ssn { get; init; }
    public string? Cin { get; init; }

    /// <summary>"YYYY-MM-DD".</summary>
    public string? DateOfBirth { get; init; }
}

/// <summary>One income line: <see cref="Member"/> is the 1-based position in the household list.</summary>
public sealed record IncomeForm(int? Member, string? Type, decimal? Amount, string? Frequency);

public sealed record ResourceForm(string? Type, decimal? Value, bool Exempt = false, string? Description = null);

/// <summary>A form field that cannot be accepted: where it is (e.g. "household[2].age") and why.</summary>
public sealed record FactProblem(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}
