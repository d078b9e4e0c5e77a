using Eligibility.Core.Determinations;

namespace Eligibility.Tests.Determinations;

/// <summary>The calculator against hand-computed figures: household sizes 1–8, every income frequency, the right year's table.</summary>
public sealed class IncomeCalculatorTests
{
    private static readonly IncomeCalculator Calculator = new(PovertyGuidelines.Default);
    private static readonly DateOnly June2025 = new(2025, 6, 1);

    [Theory]
    [InlineData(1, 15650)]
    [InlineData(2, 21150)]
    [InlineData(3, 26650)]
    [InlineData(4, 32150)]
    [InlineData(5, 37650)]
    [InlineData(6, 43150)]
    [InlineData(7, 48650)]
    [InlineData(8, 54150)]
    public void The_2025_guideline_for_each_household_size_matches_the_published_table(int size, int annual)
    {
        var result = Calculator.Calculate(size, [new IncomeItem("wages", 1000m, IncomeFrequency.Monthly)], June2025);

        Assert.Equal(annual, result.AnnualGuideline);
        Assert.Equal(Math.Round(annual / 12m, 2), result.MonthlyGuideline);
        Assert.Equal(Math.Round(12000m / annual * 100, 1), result.PercentOfPovertyLevel);
    }

    [Theory]
    [InlineData(IncomeFrequency.Weekly, 500, 2166.67)]
    [InlineData(IncomeFrequency.Biweekly, 1200, 2600.00)]
    [InlineData(IncomeFrequency.Semimonthly, 1000, 2000.00)]
    [InlineData(IncomeFrequency.Monthly, 1234.56, 1234.56)]
    [InlineData(IncomeFrequency.Quarterly, 900, 300.00)]
    [InlineData(IncomeFrequency.Annual, 24000, 2000.00)]
    public void Each_frequency_converts_to_a_monthly_amount(IncomeFrequency frequency, double amount, double monthly)
    {
        var result = Calculator.Calculate(1, [new IncomeItem("income", (decimal)amount, frequency)], June2025);

        Assert.Equal((decimal)monthly, result.CountableMonthlyIncome);
    }

    [Fact]
    public void Uncounted_income_is_shown_but_left_out_and_every_step_is_written_out()
    {
        var result = Calculator.Calculate(3,
        [
            new IncomeItem("wages", 1200m, IncomeFrequency.Biweekly),
            new IncomeItem("child support", 300m, IncomeFrequency.Monthly),
            new IncomeItem("SSI", 967m, IncomeFrequency.Monthly, Countable: false),
        ], June2025);

        Assert.Equal(2900.00m, result.CountableMonthlyIncome);
        Assert.Equal(26650m, result.AnnualGuideline);
        Assert.Equal(130.6m, result.PercentOfPovertyLevel); // 2,900 × 12 ÷ 26,650 = 130.58%
        Assert.Contains(result.Steps, s => s == "SSI: not counted");
        Assert.Contains(result.Steps, s => s.Contains("15,650 + 2 × 5,500 = 26,650", StringComparison.Ordinal));
        Assert.Contains("2025", result.Guideline.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void The_benefit_month_picks_the_table_in_effect_then()
    {
        var in2024 = Calculator.Calculate(2, [], new DateOnly(2024, 6, 1));
        var early2025 = Calculator.Calculate(2, [], new DateOnly(2025, 1, 1));

        Assert.Equal(20440m, in2024.AnnualGuideline);
        Assert.Equal(2024, early2025.Guideline.Year); // the 2025 table applies from mid-January
    }

    [Theory]
    [InlineData(0, "household size 0 is not possible")]
    [InlineData(21, "household size 21 is not possible")]
    public void Impossible_household_sizes_are_clear_errors(int size, string message)
    {
        var error = Assert.Throws<CalculationException>(() => Calculator.Calculate(size, [], June2025));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_income_and_months_without_a_table_are_clear_errors()
    {
        var negative = Assert.Throws<CalculationException>(() => Calculator.Calculate(2, [new IncomeItem("self-employment", -50m, IncomeFrequency.Monthly)], June2025));
        Assert.Contains("income 'self-employment' is negative", negative.Message, StringComparison.Ordinal);

        var beforeData = Assert.Throws<CalculationException>(() => Calculator.Calculate(2, [], new DateOnly(2023, 6, 1)));
        Assert.Contains("2023-06", beforeData.Message, StringComparison.Ordinal);

        var staleData = Assert.Throws<CalculationException>(() => Calculator.Calculate(2, [], new DateOnly(2026, 6, 1)));
        Assert.Contains("2026-06", staleData.Message, StringComparison.Ordinal);
    }
}
