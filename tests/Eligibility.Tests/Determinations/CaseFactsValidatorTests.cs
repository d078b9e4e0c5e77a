using Eligibility.Core.Determinations;

namespace Eligibility.Tests.Determinations;

/// <summary>The form is accepted only when every fact is possible; each problem names its field and the reason.</summary>
public sealed class CaseFactsValidatorTests
{
    private static IReadOnlyList<FactProblem> Problems(CaseFactsForm form)
    {
        var (facts, problems) = CaseFactsValidator.Validate(form, CaseFactsSamples.EarliestManual, CaseFactsSamples.Today);
        Assert.Null(facts);
        return problems;
    }

    [Fact]
    public void A_complete_form_becomes_case_facts()
    {
        var facts = CaseFactsSamples.Valid(CaseFactsSamples.MagiFamily());

        Assert.Equal(MediCalProgram.Magi, facts.Program);
        Assert.Equal("Sacramento", facts.County);
        Assert.Equal(new DateOnly(2025, 6, 1), facts.BenefitMonth);
        Assert.Equal(3, facts.Household.Count);
        Assert.Equal("Maria Lopez-Garcia", facts.Applicant!.Name);
        Assert.Equal("123456789", facts.Applicant.Ssn);
        Assert.Equal(ImmigrationStatus.LawfulPermanentResident, facts.Household[1].ImmigrationStatus);
        Assert.Equal(new ReportedIncome(0, IncomeType.Wages, 1200m, IncomeFrequency.Biweekly), facts.Income.Single());
    }

    [Fact]
    public void An_age_of_200_is_named()
    {
        var form = CaseFactsSamples.MagiFamily();
        form = form with { Household = [form.Household![0] with { Age = 200, DateOfBirth = null }, .. form.Household.Skip(1)] };

        var problem = Assert.Single(Problems(form));
        Assert.Equal("household[1].age", problem.Field);
        Assert.Contains("200 is not a possible age", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_income_is_named()
    {
        var form = CaseFactsSamples.MagiFamily() with { Income = [new IncomeForm(1, "wages", -50m, "weekly")] };

        var problem = Assert.Single(Problems(form));
        Assert.Equal("income[1].amount", problem.Field);
        Assert.Contains("negative", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_benefit_month_before_the_earliest_manual_version_is_named()
    {
        var problem = Assert.Single(Problems(CaseFactsSamples.MagiFamily() with { BenefitMonth = "2024-11" }));

        Assert.Equal("benefitMonth", problem.Field);
        Assert.Contains("before the earliest manual version on file (effective 2025-01-01)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_listed_at_once()
    {
        var form = new CaseFactsForm
        {
            Program = "snap",
            County = "Gotham",
            BenefitMonth = "June",
            Household = [new MemberForm { Name = "", Age = -1, Relationship = "cousin" }],
            Income = [new IncomeForm(3, "lottery", null, "hourly")],
            Resources = [new ResourceForm("car", -10m)],
        };

        var fields = Problems(form).Select(p => p.Field).ToList();

        Assert.Equal(
            ["program", "county", "benefitMonth", "household[1].name", "household[1].age", "household[1].relationship", "household",
             "income[1].member", "income[1].type", "income[1].amount", "income[1].frequency", "resources[1].type", "resources[1].value"],
            fields);
    }

    [Theory]
    [InlineData("ssn", "12-345", "household[1].ssn")]
    [InlineData("ssn", "000-12-3456", "household[1].ssn")]
    [InlineData("cin", "ABC", "household[1].cin")]
    [InlineData("dob", "2030-01-01", "household[1].dateOfBirth")]
    [InlineData("dob", "1950-01-01", "household[1].age")]
    [InlineData("dob", "03/04/1991", "household[1].dateOfBirth")]
    public void Identifiers_that_cannot_be_right_are_named(string what, string value, string field)
    {
        var form = CaseFactsSamples.MagiFamily();
        var applicant = what switch
        {
            "ssn" => form.Household![0] with { Ssn = value },
            "cin" => form.Household![0] with { Cin = value },
            _ => form.Household![0] with { DateOfBirth = value },
        };

        var problem = Assert.Single(Problems(form with { Household = [applicant, .. form.Household.Skip(1)] }));
        Assert.Equal(field, problem.Field);
    }

    [Fact]
    public void A_household_needs_exactly_one_applicant()
    {
        var form = CaseFactsSamples.MagiFamily();
        form = form with { Household = [.. form.Household!.Select(m => m with { Relationship = "child" })] };

        var problem = Assert.Single(Problems(form));
        Assert.Equal("household", problem.Field);
        Assert.Contains("exactly one member whose relationship is 'self'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pregnancy_for_a_small_child_is_impossible()
    {
        var form = CaseFactsSamples.MagiFamily();
        form = form with { Household = [form.Household![0], form.Household[1], form.Household[2] with { Pregnant = true }] };

        Assert.Equal("household[3].pregnant", Assert.Single(Problems(form)).Field);
    }

    [Fact]
    public void County_names_are_matched_without_regard_to_case_or_a_trailing_county()
    {
        var facts = CaseFactsSamples.Valid(CaseFactsSamples.MagiFamily() with { County = "san luis obispo county" });

        Assert.Equal("San Luis Obispo", facts.County);
        Assert.Equal(58, CaliforniaCounties.All.Count);
    }

    [Fact]
    public void Empty_entries_in_lists_and_overlong_text_are_named_not_thrown()
    {
        var form = CaseFactsSamples.MagiFamily() with
        {
            Household = [CaseFactsSamples.MagiFamily().Household![0], null!],
            Income = [null!],
            Resources = [new ResourceForm("cash", 10m, Description: new string('x', 201))],
            Contact = new ContactDetails(new string('1', 201), "not-an-address", null),
        };

        Assert.Equal(["contact.email", "contact.phone", "household[2]", "income[1]", "resources[1].description"], Problems(form).Select(p => p.Field).Order(StringComparer.Ordinal));
    }
}
