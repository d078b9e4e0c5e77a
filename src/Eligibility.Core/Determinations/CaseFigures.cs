namespace Eligibility.Core.Determinations;

/// <summary>Income compared with the limit for the applicant's group: the limit's version and source, the monthly amount, the result.</summary>
public sealed record IncomeTest(EligibilityLimit Limit, decimal MonthlyLimit, bool WithinLimit);

/// <summary>Countable property compared with the property limit in effect (none, or an amount for the household size).</summary>
public sealed record PropertyTest(EligibilityLimit Limit, decimal CountableProperty, decimal? LimitAmount, bool WithinLimit);

/// <summary>One property item as reported, whether or not a property test applies.</summary>
public sealed record PropertyItem(string Kind, decimal Value, bool Exempt);

/// <summary>
/// Every number a draft shows, computed from the case facts and the versioned tables, never by a model. When a
/// figure cannot be computed (no poverty table for the month), <see cref="Unavailable"/> says why.
/// </summary>
public sealed record CaseFigures(
    int HouseholdSize,
    IncomeCalculation? Income,
    IncomeTest? IncomeTest,
    PropertyTest? PropertyTest,
    IReadOnlyList<string> Steps,
    IReadOnlyList<string> Unavailable)
{
    /// <summary>The property items as reported. Not positional, so drafts stored before it read back with none.</summary>
    public IReadOnlyList<PropertyItem> Property { get; init; } = [];

    /// <summary>
    /// The amounts and percentages a draft may quote: every one the steps show, each income's reported amount and
    /// monthly equivalent, and each property item's value. Compared by value, so 2600 stands for "$2,600.00" too.
    /// </summary>
    public IEnumerable<decimal> Numbers()
    {
        yield return HouseholdSize;
        if (Income is { } i)
        {
            yield return i.CountableMonthlyIncome;
            yield return i.AnnualGuideline;
            yield return i.MonthlyGuideline;
            yield return i.PercentOfPovertyLevel;
            yield return i.Guideline.FirstPerson;
            yield return i.Guideline.EachAdditionalPerson;
            foreach (var line in i.Lines)
            {
                yield return line.Amount;
                if (line.Countable)
                {
                    yield return line.MonthlyAmount;
                }
            }
        }

        if (IncomeTest is { } t)
        {
            yield return t.MonthlyLimit;
            if (t.Limit.PercentOfPovertyLevel is { } percent)
            {
                yield return percent;
            }
        }

        if (PropertyTest is { } p)
        {
            yield return p.CountableProperty;
            if (p.LimitAmount is { } amount)
            {
                yield return amount;
            }

            if (p.Limit.PropertyLimit is { } limit)
            {
                yield return limit.FirstPerson;
                yield return limit.EachAdditionalPerson;
            }
        }

        foreach (var item in Property)
        {
            yield return item.Value;
        }
    }
}

/// <summary>Computes a case's figures with the income calculator and the limit tables.</summary>
public sealed class CaseFiguresCalculator(IncomeCalculator calculator, LimitTables limits)
{
    public static CaseFiguresCalculator Default { get; } = new(new IncomeCalculator(PovertyGuidelines.Default), LimitTables.Default);

    public IncomeCalculator Income => calculator;

    public CaseFigures Calculate(CaseFacts facts)
    {
        var size = facts.Household.Count;
        var steps = new List<string> { $"household size: {size} (the members listed on the case)" };
        var unavailable = new List<string>();
        var items = facts.Income
            .Select(i => new IncomeItem($"{CaseFactsValidator.Token(i.Type)} (member {i.Member + 1})", i.Amount, i.Frequency, i.CountsUnder(facts.Program)))
            .ToList();

        IncomeCalculation? income = null;
        IncomeTest? incomeTest = null;
        try
        {
            income = calculator.Calculate(size, items, facts.BenefitMonth);
            steps.AddRange(income.Steps);
        }
        catch (CalculationException e)
        {
            unavailable.Add($"income as a percentage of the poverty level: {e.Message}");
        }

        var applicant = facts.Applicant ?? facts.Household[0];
        var incomeLimit = limits.IncomeLimitFor(facts.Program, applicant, facts.BenefitMonth);
        if (incomeLimit is null)
        {
            unavailable.Add($"income limit: the tables have no {ProgramName(facts.Program)} income limit for an applicant aged {applicant.Age} in {facts.BenefitMonth:yyyy-MM}");
        }
        else if (income is not null && incomeLimit.PercentOfPovertyLevel is { } percent)
        {
            var monthlyLimit = Math.Round(income.AnnualGuideline * percent / 100 / 12, 2, MidpointRounding.AwayFromZero);
            incomeTest = new IncomeTest(incomeLimit, monthlyLimit, income.PercentOfPovertyLevel <= percent);
            steps.Add($"income limit: {percent:0.##}% of the poverty level = {income.AnnualGuideline:N0} × {percent:0.##}% ÷ 12 = {monthlyLimit:N2} a month ({incomeLimit.Description}, effective {incomeLimit.Effective:yyyy-MM-dd}; {incomeLimit.Source})");
            steps.Add(incomeTest.WithinLimit
                ? $"{income.PercentOfPovertyLevel:N1}% is at or below {percent:0.##}%: within the income limit"
                : $"{income.PercentOfPovertyLevel:N1}% is above {percent:0.##}%: over the income limit");
        }

        PropertyTest? propertyTest = null;
        if (limits.PropertyLimitFor(facts.Program, facts.BenefitMonth) is { } propertyLimit)
        {
            var countable = facts.Resources.Where(r => !r.Exempt).Sum(r => r.Value);
            var amount = propertyLimit.PropertyLimit?.For(size);
            propertyTest = new PropertyTest(propertyLimit, countable, amount, amount is null || countable <= amount);
            steps.Add($"countable property: {countable:N2} ({facts.Resources.Count(r => r.Exempt)} exempt item(s) left out)");
            steps.Add(amount is null
                ? $"property limit: none in effect for {facts.BenefitMonth:yyyy-MM} ({propertyLimit.Source})"
                : $"property limit for {size}: {propertyLimit.PropertyLimit!.FirstPerson:N0} + {Math.Min(size, propertyLimit.PropertyLimit.MembersCounted) - 1} × {propertyLimit.PropertyLimit.EachAdditionalPerson:N0} = {amount:N0} (effective {propertyLimit.Effective:yyyy-MM-dd}; {propertyLimit.Source}); {(propertyTest.WithinLimit ? "within the limit" : "over the limit")}");
        }
        else if (facts.Program == MediCalProgram.Magi)
        {
            steps.Add("property: MAGI Medi-Cal has no property test");
        }

        var property = facts.Resources.Select(r => new PropertyItem(CaseFactsValidator.Token(r.Type), r.Value, r.Exempt)).ToList();
        return new CaseFigures(size, income, incomeTest, propertyTest, steps, unavailable) { Property = property };
    }

    public static string ProgramName(MediCalProgram program) => program == MediCalProgram.Magi ? "MAGI Medi-Cal" : "non-MAGI Medi-Cal";
}
