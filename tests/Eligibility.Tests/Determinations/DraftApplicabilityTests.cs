using Eligibility.Core.Determinations;
using Eligibility.Core.Passages;
using Eligibility.Tests.Anthropic;

namespace Eligibility.Tests.Determinations;

/// <summary>Which passages are steps of a case's reasoning, and a table's limit set beside the calculator's.</summary>
public sealed class DraftApplicabilityTests
{
    private static CaseFacts Case(MediCalProgram program, int age) => DraftingTestSetup.Facts with
    {
        Program = program,
        Household = [DraftingTestSetup.Facts.Household[0] with { Age = age }],
    };

    [Theory]
    [InlineData("For adults aged 19 through 64 who qualify under MAGI Medi-Cal, income must not exceed 138 percent.", MediCalProgram.NonMagi, 72, "a MAGI Medi-Cal rule")]
    [InlineData("MAGI Medi-Cal has never had a property test.", MediCalProgram.NonMagi, 72, "a MAGI Medi-Cal rule")]
    [InlineData("There is no property limit for non-MAGI Medi-Cal.", MediCalProgram.Magi, 34, "a non-MAGI Medi-Cal rule")]
    [InlineData("Children under age 19 are covered up to 266 percent of the poverty level.", MediCalProgram.Magi, 34, "a rule for under age 19")]
    [InlineData("Individuals age 65 or older qualify under the aged program.", MediCalProgram.NonMagi, 64, "a rule for age 65 or older")]
    [InlineData("For adults aged 19 through 64, the limit is 138 percent.", MediCalProgram.Magi, 65, "a rule for aged 19 through 64")]
    public void A_rule_for_another_program_or_age_group_does_not_apply(string text, MediCalProgram program, int age, string reason)
    {
        var why = DraftApplicability.WhyNot(text, Case(program, age));

        Assert.NotNull(why);
        Assert.StartsWith(reason, why, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("For adults aged 19 through 64 who qualify under MAGI Medi-Cal, income must not exceed 138 percent.", MediCalProgram.Magi, 34)]
    [InlineData("Individuals age 65 or older qualify under the aged program.", MediCalProgram.NonMagi, 72)]
    [InlineData("Income is verified first through electronic data sources.", MediCalProgram.NonMagi, 72)]
    [InlineData("The county must decide within 45 days. Report changes within 10 days.", MediCalProgram.Magi, 6)]
    [InlineData("MAGI Medi-Cal and non-MAGI Medi-Cal count wages the same way.", MediCalProgram.NonMagi, 72)]
    [InlineData("Children under 19 and adults aged 19 through 64 are covered.", MediCalProgram.Magi, 40)]
    public void A_rule_the_case_falls_under_or_one_that_names_no_program_or_age_applies(string text, MediCalProgram program, int age) =>
        Assert.Null(DraftApplicability.WhyNot(text, Case(program, age)));

    [Theory]
    [InlineData("Chapter 1 General Provisions > 1.3 Definitions", true)]
    [InlineData("§ 435.4 Definitions and use of terms", false)]
    [InlineData("Chapter 3 Income > 3.4 Income limits by household size", false)]
    public void A_definitions_section_is_not_a_reasoning_step(string section, bool definitions) =>
        Assert.Equal(definitions, DraftApplicability.IsDefinitions(ClaudeTestSetup.Passage(1, "Terms.", section).Passage));

    private const string Table = "Household size | Monthly limit\n1 | $1,836\n2 | $2,489\n3 | $3,142\n4 | $3,795";

    private static Passage TableIn(string version, DateOnly effective, string table = Table, string heading = "Monthly income limit by household size (138% FPL)") =>
        ClaudeTestSetup.Passage(16, table, $"Chapter 3 Income > 3.4 Income limits by household size > {heading}").Passage with { Version = version, EffectiveDate = effective };

    private static CaseFigures FiguresFor(string month, int size) => CaseFiguresCalculator.Default.Calculate(DraftingTestSetup.Facts with
    {
        BenefitMonth = DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Household = [.. Enumerable.Range(0, size).Select(i => DraftingTestSetup.Facts.Household[0] with { Relationship = i == 0 ? Relationship.Self : Relationship.Child, Age = i == 0 ? 34 : 5 })],
    });

    [Fact]
    public void A_newer_table_than_the_calculators_guideline_shows_both_limits_and_says_so()
    {
        var figures = FiguresFor("2026-02", 3);
        var passage = TableIn("2026-01-01", new DateOnly(2026, 1, 1));

        var check = TableLimitCheck.For(passage, figures, PovertyGuidelines.Default);

        Assert.NotNull(check);
        Assert.Equal("3 | $3,142", passage.Text[check.Value.Start..check.Value.End]);
        Assert.Contains("gives $3,142 a month for a household of 3", check.Value.Note, StringComparison.Ordinal);
        Assert.Contains("the calculator gives $3,064.75, 138% of the 2025 poverty guideline (26,650 a year)", check.Value.Note, StringComparison.Ordinal);
        Assert.Contains("newer than the latest poverty guideline the calculator holds (2025, effective 2025-01-15)", check.Value.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_in_whole_dollars_differs_by_rounding_and_a_table_on_another_years_guideline_says_which_year()
    {
        var figures = FiguresFor("2025-06", 3);
        var rounded = TableLimitCheck.For(TableIn("2025-01-01", new DateOnly(2025, 1, 1), "Household size | Monthly limit\n3 | $3,065"), figures, PovertyGuidelines.Default);
        var lastYear = TableLimitCheck.For(TableIn("2024-07-01", new DateOnly(2024, 7, 1), "Household size | Monthly limit\n3 | $2,969"), figures, PovertyGuidelines.Default);
        var unexplained = TableLimitCheck.For(TableIn("2024-07-01", new DateOnly(2024, 7, 1), "Household size | Monthly limit\n3 | $2,500"), figures, PovertyGuidelines.Default);

        Assert.EndsWith("The difference is rounding: the table is in whole dollars.", rounded!.Value.Note, StringComparison.Ordinal);
        Assert.Contains("The table is built on the 2024 poverty guideline; the calculator uses the 2025 guideline", lastYear!.Value.Note, StringComparison.Ordinal);
        Assert.Contains("is not rounding and matches no poverty guideline the calculator holds", unexplained!.Value.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_of_another_percentage_or_without_the_households_row_is_not_compared()
    {
        var figures = FiguresFor("2025-06", 3);

        Assert.Null(TableLimitCheck.For(TableIn("2025-01-01", new DateOnly(2025, 1, 1), heading: "Children's limit (266% FPL)"), figures, PovertyGuidelines.Default));
        Assert.Null(TableLimitCheck.For(TableIn("2025-01-01", new DateOnly(2025, 1, 1), "Household size | Monthly limit\n1 | $1,800\n2 | $2,433"), figures, PovertyGuidelines.Default));
    }
}
