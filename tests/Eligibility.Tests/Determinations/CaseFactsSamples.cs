using Eligibility.Core.Determinations;

namespace Eligibility.Tests.Determinations;

/// <summary>Case-facts forms used across the determination tests.</summary>
internal static class CaseFactsSamples
{
    public static readonly DateOnly Today = new(2026, 11, 22);
    public static readonly DateOnly EarliestManual = new(2025, 1, 1);

    /// <summary>A MAGI household of three in Sacramento for June 2025: the applicant earns 1,200 every two weeks.</summary>
    public static CaseFactsForm MagiFamily() => new()
    {
        CaseReference = "SAC-2025-0001",
        Program = "magi",
        County = "Sacramento",
        BenefitMonth = "2025-06",
        Household =
        [
            new MemberForm { Name = "Maria Lopez-Garcia", Age = 34, Relationship = "self", ImmigrationStatus = "citizen", Ssn = "123-45-6789", Cin = "91234567A", DateOfBirth = "1991-03-04" },
            new MemberForm { Name = "José Lopez", Age = 36, Relationship = "spouse", ImmigrationStatus = "lawful-permanent-resident" },
            new MemberForm { Name = "Ana Lopez", Age = 6, Relationship = "child", ImmigrationStatus = "citizen" },
        ],
        Income = [new IncomeForm(1, "wages", 1200m, "biweekly")],
        Contact = new ContactDetails("(916) 555-0134", "maria.lopez@example.org", "1420 Elm Street Apt 4"),
        Notes = "Maria said José starts a new job next month; MARIA's employer is Sacramento Farms.",
    };

    /// <summary>A non-MAGI couple (the applicant is 70) with savings, for a month the property limit applies (February 2026).</summary>
    public static CaseFactsForm NonMagiCouple(string month = "2026-02", decimal savings = 200_000m) => new()
    {
        Program = "non-magi",
        County = "Los Angeles",
        BenefitMonth = month,
        Household =
        [
            new MemberForm { Name = "Robert Chen", Age = 70, Relationship = "self", ImmigrationStatus = "citizen" },
            new MemberForm { Name = "Linda Chen", Age = 68, Relationship = "spouse", ImmigrationStatus = "citizen" },
        ],
        Income = [new IncomeForm(1, "social-security", 1500m, "monthly"), new IncomeForm(2, "pension", 3000m, "quarterly")],
        Resources = [new ResourceForm("bank-account", savings), new ResourceForm("home", 450_000m, Exempt: true, "home they live in")],
    };

    public static CaseFacts Valid(CaseFactsForm form)
    {
        var (facts, problems) = CaseFactsValidator.Validate(form, EarliestManual, Today);
        Assert.True(facts is not null, string.Join("; ", problems));
        return facts!;
    }
}
