using System.Globalization;
using System.Text.Json;

namespace Eligibility.Core.Determinations;

/// <summary>
/// The income calculator as a model tool: JSON in (household size, incomes, benefit month), JSON out (the
/// calculator's figures and steps, or the reason it cannot compute). Every call is kept for the draft.
/// </summary>
public sealed class IncomeCalculatorTool(IncomeCalculator calculator, DateOnly benefitMonth)
{
    public const string Name = "calculate_income";

    public const string Description =
        "Computes household size, countable monthly income and income as a percentage of the federal poverty level "
        + "from versioned poverty-guideline tables. Use it for every figure you state; never compute figures yourself.";

    /// <summary>The JSON schema of the tool's input.</summary>
    public static JsonElement InputSchema { get; } = JsonDocument.Parse("""
        {
          "type": "object",
          "properties": {
            "household_size": { "type": "integer", "minimum": 1, "maximum": 20 },
            "benefit_month": { "type": "string", "description": "YYYY-MM; defaults to the case's benefit month" },
            "incomes": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "kind": { "type": "string" },
                  "amount": { "type": "number", "minimum": 0 },
                  "frequency": { "type": "string", "enum": ["weekly", "biweekly", "semimonthly", "monthly", "quarterly", "annual"] },
                  "countable": { "type": "boolean" }
                },
                "required": ["kind", "amount", "frequency"]
              }
            }
          },
          "required": ["household_size", "incomes"]
        }
        """).RootElement.Clone();

    public List<CalculatorCall> Calls { get; } = [];

    /// <summary>Runs one call; bad input comes back as an error object naming the field, never an exception.</summary>
    public string Invoke(string inputJson)
    {
        string output;
        try
        {
            var (size, month, items) = Read(inputJson);
            var result = calculator.Calculate(size, items, month);
            output = JsonSerializer.Serialize(new
            {
                household_size = result.HouseholdSize,
                countable_monthly_income = result.CountableMonthlyIncome,
                annual_poverty_guideline = result.AnnualGuideline,
                monthly_poverty_guideline = result.MonthlyGuideline,
                percent_of_poverty_level = result.PercentOfPovertyLevel,
                guideline_first_person = result.Guideline.FirstPerson,
                guideline_each_additional_person = result.Guideline.EachAdditionalPerson,
                guideline_source = result.Guideline.Source,
                guideline_effective = result.Guideline.Effective,
                incomes = result.Lines.Select(l => new
                {
                    kind = l.Kind,
                    amount = l.Amount,
                    frequency = CaseFactsValidator.Token(l.Frequency),
                    countable = l.Countable,
                    monthly_amount = l.Countable ? l.MonthlyAmount : (decimal?)null,
                }),
                steps = result.Steps,
            });
        }
        catch (CalculationException e)
        {
            output = JsonSerializer.Serialize(new { error = e.Message });
        }
        catch (JsonException e)
        {
            output = JsonSerializer.Serialize(new { error = "the input is not valid JSON: " + e.Message });
        }

        Calls.Add(new CalculatorCall(inputJson, output));
        return output;
    }

    /// <summary>Reads the input by hand rather than by deserializing, so every bad value is named by its field.</summary>
    private (int Size, DateOnly Month, List<IncomeItem> Items) Read(string? inputJson)
    {
        using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(inputJson) ? "null" : inputJson);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Invalid("input", "must be a JSON object with household_size and incomes");
        }

        if (!root.TryGetProperty("household_size", out var sizeValue))
        {
            throw Invalid("household_size", "is required");
        }

        if (sizeValue.ValueKind != JsonValueKind.Number || !sizeValue.TryGetInt32(out var size))
        {
            throw Invalid("household_size", "must be a whole number");
        }

        if (size is < 1 or > IncomeCalculator.MaxHouseholdSize)
        {
            throw Invalid("household_size", $"household size {size} is not possible (1 to {IncomeCalculator.MaxHouseholdSize})");
        }

        var month = benefitMonth;
        if (root.TryGetProperty("benefit_month", out var monthValue) && monthValue.ValueKind != JsonValueKind.Null)
        {
            var text = monthValue.ValueKind == JsonValueKind.String ? monthValue.GetString() : null;
            if (!DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out month))
            {
                throw Invalid("benefit_month", "must be a month written YYYY-MM");
            }
        }

        if (!root.TryGetProperty("incomes", out var incomes) || incomes.ValueKind != JsonValueKind.Array)
        {
            throw Invalid("incomes", "is required and must be an array (empty when there is no income)");
        }

        var items = new List<IncomeItem>();
        var index = 0;
        foreach (var income in incomes.EnumerateArray())
        {
            items.Add(ReadIncome(income, $"incomes[{index++}]"));
        }

        return (size, month, items);
    }

    private static IncomeItem ReadIncome(JsonElement income, string at)
    {
        if (income.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(at, "must be an object with kind, amount and frequency");
        }

        var kind = income.TryGetProperty("kind", out var kindValue) && kindValue.ValueKind == JsonValueKind.String ? kindValue.GetString()?.Trim() : null;
        if (string.IsNullOrEmpty(kind))
        {
            throw Invalid($"{at}.kind", "is required and must be a non-empty string");
        }

        if (!income.TryGetProperty("amount", out var amountValue) || amountValue.ValueKind != JsonValueKind.Number)
        {
            throw Invalid($"{at}.amount", "is required and must be a number");
        }

        if (!amountValue.TryGetDecimal(out var amount))
        {
            throw Invalid($"{at}.amount", $"is not an amount the calculator can use (0 to {IncomeCalculator.MaxAmount:N0} a period)");
        }

        if (amount > IncomeCalculator.MaxAmount)
        {
            throw Invalid($"{at}.amount", $"{amount:N2} is more than {IncomeCalculator.MaxAmount:N0} a period");
        }

        if (amount < 0)
        {
            throw Invalid($"{at}.amount", "is negative; enter a loss as 0");
        }

        var frequencyText = income.TryGetProperty("frequency", out var frequencyValue) && frequencyValue.ValueKind == JsonValueKind.String ? frequencyValue.GetString() : null;
        if (CaseFactsValidator.ParseEnum<IncomeFrequency>(frequencyText) is not { } frequency)
        {
            throw Invalid($"{at}.frequency", $"must be one of {string.Join(", ", Enum.GetValues<IncomeFrequency>().Select(f => CaseFactsValidator.Token(f)))}");
        }

        var countable = true;
        if (income.TryGetProperty("countable", out var countableValue) && countableValue.ValueKind != JsonValueKind.Null)
        {
            countable = countableValue.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw Invalid($"{at}.countable", "must be true or false"),
            };
        }

        return new IncomeItem(kind, amount, frequency, countable);
    }

    private static CalculationException Invalid(string field, string reason) => new($"{field}: {reason}");
}
