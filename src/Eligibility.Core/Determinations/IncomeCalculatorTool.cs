using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

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

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) } };

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

    /// <summary>Runs one call; bad input comes back as an error object the model can read, never an exception.</summary>
    public string Invoke(string inputJson)
    {
        string output;
        try
        {
            var input = JsonSerializer.Deserialize<ToolInput>(inputJson, Json) ?? throw new CalculationException("the input is empty");
            var month = benefitMonth;
            if (!string.IsNullOrWhiteSpace(input.BenefitMonth)
                && !DateOnly.TryParseExact(input.BenefitMonth + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out month))
            {
                throw new CalculationException($"benefit_month '{input.BenefitMonth}' is not YYYY-MM");
            }

            var items = (input.Incomes ?? []).Select(i => new IncomeItem(i.Kind ?? "income", i.Amount, i.Frequency, i.Countable ?? true)).ToList();
            var result = calculator.Calculate(input.HouseholdSize, items, month);
            output = JsonSerializer.Serialize(new
            {
                household_size = result.HouseholdSize,
                countable_monthly_income = result.CountableMonthlyIncome,
                annual_poverty_guideline = result.AnnualGuideline,
                monthly_poverty_guideline = result.MonthlyGuideline,
                percent_of_poverty_level = result.PercentOfPovertyLevel,
                guideline_source = result.Guideline.Source,
                guideline_effective = result.Guideline.Effective,
                steps = result.Steps,
            });
        }
        catch (Exception e) when (e is CalculationException or JsonException)
        {
            output = JsonSerializer.Serialize(new { error = e is JsonException ? "the input is not valid for this tool: " + e.Message : e.Message });
        }

        Calls.Add(new CalculatorCall(inputJson, output));
        return output;
    }

    private sealed record ToolInput(
        [property: JsonPropertyName("household_size")] int HouseholdSize,
        [property: JsonPropertyName("benefit_month")] string? BenefitMonth,
        [property: JsonPropertyName("incomes")] List<ToolIncome>? Incomes);

    private sealed record ToolIncome(
        [property: JsonPropertyName("kind")] string? Kind,
        [property: JsonPropertyName("amount")] decimal Amount,
        [property: JsonPropertyName("frequency")] IncomeFrequency Frequency,
        [property: JsonPropertyName("countable")] bool? Countable);
}
