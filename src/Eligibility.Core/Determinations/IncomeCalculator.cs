namespace Eligibility.Core.Determinations;

public enum IncomeFrequency
{
    Weekly,
    Biweekly,
    Semimonthly,
    Monthly,
    Quarterly,
    Annual,
}

/// <summary>One source of income as reported: the amount, how often it is paid, and whether it counts.</summary>
public sealed record IncomeItem(string Kind, decimal Amount, IncomeFrequency Frequency, bool Countable = true);

/// <summary>One income as its step shows it: the reported amount and its monthly equivalent (rounded to cents), or not counted.</summary>
public sealed record IncomeLine(string Kind, decimal Amount, IncomeFrequency Frequency, bool Countable, decimal MonthlyAmount);

/// <summary>The figures of a draft, each step written out so a caseworker can check it.</summary>
public sealed record IncomeCalculation(
    int HouseholdSize,
    decimal CountableMonthlyIncome,
    decimal AnnualGuideline,
    decimal MonthlyGuideline,
    decimal PercentOfPovertyLevel,
    PovertyGuideline Guideline,
    IReadOnlyList<string> Steps)
{
    /// <summary>The per-income figures of <see cref="Steps"/> as data. Not positional, so drafts stored before it read back with none.</summary>
    public IReadOnlyList<IncomeLine> Lines { get; init; } = [];
}

/// <summary>A fact that makes a calculation impossible; the message names the fact and the reason.</summary>
public sealed class CalculationException(string message) : Exception(message);

/// <summary>
/// Household size, countable monthly income and income as a percentage of the federal poverty level for the
/// benefit month, from data (the guideline tables), never from a model. Monthly amounts use the usual
/// conversions: weekly × 52 ÷ 12, biweekly × 26 ÷ 12, semimonthly × 2, quarterly ÷ 3, annual ÷ 12.
/// </summary>
public sealed class IncomeCalculator(PovertyGuidelines guidelines)
{
    public const int MaxHouseholdSize = 20;

    /// <summary>The largest amount per period the calculator accepts, as for case facts; larger ones would overflow the conversions.</summary>
    public const decimal MaxAmount = CaseFactsValidator.MaxAmount;

    public IncomeCalculation Calculate(int householdSize, IReadOnlyList<IncomeItem> incomes, DateOnly benefitMonth)
    {
        if (householdSize is < 1 or > MaxHouseholdSize)
        {
            throw new CalculationException($"household size {householdSize} is not possible (1 to {MaxHouseholdSize})");
        }

        foreach (var income in incomes.Where(i => i.Amount < 0))
        {
            throw new CalculationException($"income '{income.Kind}' is negative ({income.Amount:N2}); enter a loss as 0 and explain it in the notes");
        }

        foreach (var income in incomes.Where(i => i.Amount > MaxAmount))
        {
            throw new CalculationException($"income '{income.Kind}' is {income.Amount:N2}, more than {MaxAmount:N0} a period");
        }

        var month = new DateOnly(benefitMonth.Year, benefitMonth.Month, 1);
        var guideline = guidelines.InEffectOn(month)
            ?? throw new CalculationException($"no federal poverty guideline in the data is in effect for {month:yyyy-MM}; add the table before calculating");

        var steps = new List<string>();
        var lines = new List<IncomeLine>();
        decimal monthly = 0;
        foreach (var income in incomes)
        {
            var amount = Monthly(income);
            lines.Add(new IncomeLine(income.Kind, income.Amount, income.Frequency, income.Countable, Math.Round(amount, 2, MidpointRounding.AwayFromZero)));
            steps.Add(income.Countable
                ? $"{income.Kind}: {income.Amount:N2} {income.Frequency.ToString().ToLowerInvariant()} = {amount:N2} a month"
                : $"{income.Kind}: not counted");
            monthly += income.Countable ? amount : 0;
        }

        monthly = Math.Round(monthly, 2, MidpointRounding.AwayFromZero);
        var annual = guideline.AnnualFor(householdSize);
        var monthlyGuideline = Math.Round(annual / 12, 2, MidpointRounding.AwayFromZero);
        var percent = Math.Round(monthly * 12 / annual * 100, 1, MidpointRounding.AwayFromZero);
        steps.Add($"countable income: {monthly:N2} a month");
        steps.Add($"poverty guideline for {householdSize}: {guideline.FirstPerson:N0} + {householdSize - 1} × {guideline.EachAdditionalPerson:N0} = {annual:N0} a year ({monthlyGuideline:N2} a month; {guideline.Source})");
        steps.Add($"{monthly:N2} × 12 ÷ {annual:N0} = {percent:N1}% of the federal poverty level");
        return new IncomeCalculation(householdSize, monthly, annual, monthlyGuideline, percent, guideline, steps) { Lines = lines };
    }

    private static decimal Monthly(IncomeItem income) => income.Frequency switch
    {
        IncomeFrequency.Weekly => income.Amount * 52 / 12,
        IncomeFrequency.Biweekly => income.Amount * 26 / 12,
        IncomeFrequency.Semimonthly => income.Amount * 2,
        IncomeFrequency.Monthly => income.Amount,
        IncomeFrequency.Quarterly => income.Amount / 3,
        IncomeFrequency.Annual => income.Amount / 12,
        _ => throw new CalculationException($"income '{income.Kind}' has an unknown frequency"),
    };
}
