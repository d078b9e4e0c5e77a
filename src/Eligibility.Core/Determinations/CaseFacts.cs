namespace Eligibility.Core.Determinations;

/// <summary>The program a draft is asked for.</summary>
public enum MediCalProgram
{
    /// <summary>MAGI Medi-Cal: children, parents and caretakers, pregnant people, adults under 65; income only.</summary>
    Magi,

    /// <summary>Non-MAGI Medi-Cal (aged, blind, disabled): income and, from 2026, property.</summary>
    NonMagi,
}

/// <summary>
/// The facts of a case as a caseworker enters them. Personal details (names, SSNs, CINs, dates of birth,
/// contact details) stay with the case; only <see cref="Redaction.FactsRedactor"/>'s version ever reaches a model.
/// </summary>
public sealed record CaseFacts
{
    public string? CaseReference { get; init; }
    public MediCalProgram Program { get; init; }
    public string County { get; init; } = "";

    /// <summary>The first day of the month the determination is for.</summary>
    public DateOnly BenefitMonth { get; init; }

    public IReadOnlyList<HouseholdMember> Household { get; init; } = [];
    public IReadOnlyList<ReportedIncome> Income { get; init; } = [];
    public IReadOnlyList<Resource> Resources { get; init; } = [];
    public ContactDetails? Contact { get; init; }
    public string? Notes { get; init; }

    /// <summary>The member the application is for (relationship "self").</summary>
    public HouseholdMember? Applicant => Household.FirstOrDefault(m => m.Relationship == Relationship.Self);
}

public enum Relationship
{
    Self,
    Spouse,
    Partner,
    Child,
    Stepchild,
    Parent,
    Sibling,
    OtherRelative,
    Other,
}

public enum ImmigrationStatus
{
    Unknown,
    Citizen,
    LawfulPermanentResident,
    OtherQualified,
    Undocumented,
}

/// <summary>One person in the household. <see cref="Name"/> and the identifiers are personal and redacted before any model call.</summary>
public sealed record HouseholdMember
{
    public string Name { get; init; } = "";
    public int Age { get; init; }
    public Relationship Relationship { get; init; }
    public bool Pregnant { get; init; }
    public bool Disabled { get; init; }
    public bool Blind { get; init; }
    public ImmigrationStatus ImmigrationStatus { get; init; }
    public string? Ssn { get; init; }
    public string? Cin { get; init; }
    public DateOnly? DateOfBirth { get; init; }
}

public enum IncomeType
{
    Wages,
    SelfEmployment,
    Unemployment,
    SocialSecurity,
    Ssi,
    Pension,
    ChildSupport,
    Alimony,
    Rental,
    Other,
}

/// <summary>One income as reported: whose (index into the household), what kind, how much and how often.</summary>
public sealed record ReportedIncome(int Member, IncomeType Type, decimal Amount, IncomeFrequency Frequency)
{
    /// <summary>Supplemental Security Income and child support received do not count under MAGI rules.</summary>
    public bool CountsUnder(MediCalProgram program) => program switch
    {
        MediCalProgram.Magi => Type is not (IncomeType.Ssi or IncomeType.ChildSupport),
        _ => Type is not IncomeType.Ssi,
    };
}

public enum ResourceType
{
    Cash,
    BankAccount,
    Vehicle,
    Home,
    OtherRealProperty,
    Retirement,
    LifeInsurance,
    Other,
}

/// <summary>Property the household owns, at its equity value, and whether the caseworker marked it exempt.</summary>
public sealed record Resource(ResourceType Type, decimal Value, bool Exempt = false, string? Description = null);

/// <summary>How to reach the household. Never sent to a model.</summary>
public sealed record ContactDetails(string? Phone, string? Email, string? Address);
