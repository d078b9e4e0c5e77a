using Eligibility.Core.Determinations;

namespace Eligibility.Tests.Determinations;

/// <summary>The figures of a draft against hand-computed values, with the limit version in effect for the month.</summary>
public sealed class CaseFiguresTests
{
    private static CaseFigures Figures(CaseFactsForm form) => CaseFiguresCalculator.Default.Calculate(CaseFactsSamples.Valid(form));

    [Fact]
    public void A_MAGI_family_of_three_is_compared_with_138_percent_of_the_2025_guideline()
    {
        var figures = Figures(CaseFactsSamples.MagiFamily());

        // 1,200 × 26 ÷ 12 = 2,600.00 a month; 2025 guideline for 3 = 15,650 + 2 × 5,500 = 26,650;
        // 2,600 × 12 ÷ 26,650 = 117.07 → 117.1%; limit 26,650 × 138% ÷ 12 = 3,064.75.
        Assert.Equal(3, figures.HouseholdSize);
        Assert.Equal(2600.00m, figures.Income!.CountableMonthlyIncome);
        Assert.Equal(26650m, figures.Income.AnnualGuideline);
        Assert.Equal(117.1m, figures.Income.PercentOfPovertyLevel);
        Assert.Equal(3064.75m, figures.IncomeTest!.MonthlyLimit);
        Assert.True(figures.IncomeTest.WithinLimit);
        Assert.Equal("magi-adult-income", figures.IncomeTest.Limit.Id);
        Assert.Null(figures.PropertyTest);
        Assert.Contains(figures.Steps, s => s.Contains("MAGI Medi-Cal has no property test", StringComparison.Ordinal));
    }

    [Fact]
    public void Child_support_received_does_not_count_under_MAGI()
    {
        var form = CaseFactsSamples.MagiFamily() with { Income = [new IncomeForm(1, "wages", 1000m, "monthly"), new IncomeForm(1, "child-support", 400m, "monthly")] };

        Assert.Equal(1000m, Figures(form).Income!.CountableMonthlyIncome);
    }

    [Theory]
    [InlineData(6, false, 266)]
    [InlineData(30, true, 213)]
    [InlineData(30, false, 138)]
    public void The_income_limit_follows_the_applicants_group(int age, bool pregnant, int percent)
    {
        var form = CaseFactsSamples.MagiFamily();
        form = form with { Household = [form.Household![0] with { Age = age, Pregnant = pregnant, DateOfBirth = null }, .. form.Household.Skip(1)] };

        Assert.Equal(percent, Figures(form).IncomeTest!.Limit.PercentOfPovertyLevel);
    }

    [Fact]
    public void In_2026_a_couples_countable_property_is_compared_with_the_reinstated_limit()
    {
        var figures = Figures(CaseFactsSamples.NonMagiCouple("2026-02", savings: 200_000m));

        // 130,000 + 1 × 65,000 = 195,000; the home is exempt, so 200,000 counts: over the limit.
        Assert.Equal(200_000m, figures.PropertyTest!.CountableProperty);
        Assert.Equal(195_000m, figures.PropertyTest.LimitAmount);
        Assert.False(figures.PropertyTest.WithinLimit);
        Assert.Equal(new DateOnly(2026, 1, 1), figures.PropertyTest.Limit.Effective);
        Assert.Contains("2026-01-01", figures.PropertyTest.Limit.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void In_2025_there_is_no_property_limit_for_the_same_couple()
    {
        var figures = Figures(CaseFactsSamples.NonMagiCouple("2025-06", savings: 200_000m));

        Assert.Null(figures.PropertyTest!.LimitAmount);
        Assert.True(figures.PropertyTest.WithinLimit);
        Assert.Equal(new DateOnly(2024, 1, 1), figures.PropertyTest.Limit.Effective);
    }

    [Fact]
    public void The_property_limit_counts_at_most_ten_members()
    {
        var limit = LimitTables.Default.PropertyLimitFor(MediCalProgram.NonMagi, new DateOnly(2026, 2, 1))!.PropertyLimit!;

        Assert.Equal(130_000m, limit.For(1));
        Assert.Equal(715_000m, limit.For(10));
        Assert.Equal(715_000m, limit.For(12));
    }

    [Fact]
    public void Non_MAGI_income_counts_quarterly_pension_monthly()
    {
        var figures = Figures(CaseFactsSamples.NonMagiCouple("2025-06"));

        // 1,500 + 3,000 ÷ 3 = 2,500 a month; guideline for 2 = 21,150; 2,500 × 12 ÷ 21,150 = 141.84 → 141.8%: over 138%.
        Assert.Equal(2500m, figures.Income!.CountableMonthlyIncome);
        Assert.Equal(141.8m, figures.Income.PercentOfPovertyLevel);
        Assert.False(figures.IncomeTest!.WithinLimit);
    }

    [Fact]
    public void A_month_with_no_poverty_table_leaves_the_income_figures_unavailable_with_the_reason()
    {
        var figures = Figures(CaseFactsSamples.MagiFamily() with { BenefitMonth = "2026-10" });

        Assert.Null(figures.Income);
        Assert.Null(figures.IncomeTest);
        Assert.Contains(figures.Unavailable, u => u.Contains("no federal poverty guideline in the data is in effect for 2026-10", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_limit_in_the_tables_names_its_source_and_effective_date()
    {
        Assert.NotEmpty(LimitTables.Default.Limits);
        Assert.All(LimitTables.Default.Limits, l =>
        {
            Assert.False(string.IsNullOrWhiteSpace(l.Source));
            Assert.True(l.Effective.Year >= 2014);
            Assert.True(l.PercentOfPovertyLevel is not null || l.Id.Contains("property", StringComparison.Ordinal));
        });
    }
}
