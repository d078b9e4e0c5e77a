using System.Text.Json;
using Eligibility.Core.Answering;
using Eligibility.Core.Determinations;
using Eligibility.Core.Passages;
using Eligibility.Tests.Anthropic;

namespace Eligibility.Tests.Determinations;

/// <summary>
/// The check of every figure a model writes in a draft step: it must be one the calculator produced (the case's
/// figures or a calculator call's number values) or one a cited passage shows, compared by value; and the
/// calculator tool answers any input a model can send with an error naming the field, never an exception.
/// </summary>
public sealed class DraftFigureCheckTests(Handbook2025Index handbook) : IClassFixture<Handbook2025Index>
{
    private const string MonthlyWages1200 = """{"household_size":3,"incomes":[{"kind":"wages","amount":1200,"frequency":"monthly"}]}""";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_made_up_figure_that_only_appears_inside_a_string_of_the_calculators_output_is_flagged()
    {
        var draft = await DraftAsync(CaseFactsSamples.MagiFamily(), "The model says pay is $200 a week, 48% of the guideline, $9,999, and $99,999,999,999,999,999,999,999,999,999, which it made up.", [MonthlyWages1200]);

        // The call's steps read "1,200.00" and its source "2025, 48 contiguous states": text, not figures.
        var call = Assert.Single(draft.CalculatorCalls);
        Assert.Contains("1,200.00", call.Output, StringComparison.Ordinal);
        Assert.Contains("48 contiguous", call.Output, StringComparison.Ordinal);
        var step = Assert.Single(draft.Steps);
        Assert.True(step.Supported);
        Assert.Equal(["$200", "48%", "$9,999", "$99,999,999,999,999,999,999,999,999,999"], step.UnverifiedFigures);
        Assert.Equal(DraftOutcome.CannotTellYet, draft.Outcome);
    }

    [Fact]
    public async Task A_number_value_of_the_calculators_output_may_be_quoted_in_any_format()
    {
        var draft = await DraftAsync(CaseFactsSamples.MagiFamily(), "At $1,200.00 a month the income would be 54% of the poverty level: $1,200 a month.", [MonthlyWages1200]);

        Assert.Contains("\"percent_of_poverty_level\":54", Assert.Single(draft.CalculatorCalls).Output, StringComparison.Ordinal);
        Assert.Empty(Assert.Single(draft.Steps).UnverifiedFigures);
        Assert.Equal(DraftOutcome.LikelyEligible, draft.Outcome);
    }

    [Fact]
    public async Task The_reported_wages_and_the_case_figures_may_be_quoted_with_or_without_cents()
    {
        var draft = await DraftAsync(CaseFactsSamples.MagiFamily(),
            "Wages of $1,200 biweekly are $2,600.00 a month ($2,600), 117.1% of the federal poverty level, under the 138% limit of $3,064.75.");

        Assert.Empty(Assert.Single(draft.Steps).UnverifiedFigures);
        Assert.Equal(DraftOutcome.LikelyEligible, draft.Outcome);
    }

    [Fact]
    public async Task A_reported_amount_and_its_monthly_equivalent_are_figures_the_case_shows()
    {
        var form = CaseFactsSamples.MagiFamily() with
        {
            Income = [new IncomeForm(1, "wages", 1200m, "biweekly"), new IncomeForm(2, "self-employment", 500m, "weekly")],
        };

        var draft = await DraftAsync(form, "Wages of $1,200 biweekly are $2,600.00 a month and $500 weekly is $2,166.67 a month, $4,766.67 in all.");

        Assert.Equal(4766.67m, draft.Figures.Income!.CountableMonthlyIncome);
        Assert.Empty(Assert.Single(draft.Steps).UnverifiedFigures);
        Assert.Equal(DraftOutcome.LikelyEligible, draft.Outcome);
    }

    [Fact]
    public async Task A_property_items_value_is_a_figure_the_case_shows()
    {
        var form = CaseFactsSamples.NonMagiCouple("2025-06", savings: 12_345.67m);

        var draft = await DraftAsync(form, "The couple has $12,345.67 in the bank and a home worth $450,000 that is exempt.");

        Assert.Empty(Assert.Single(draft.Steps).UnverifiedFigures);
    }

    [Fact]
    public async Task A_figure_of_a_cited_passage_may_be_quoted_in_another_format()
    {
        var draft = await DraftAsync(CaseFactsSamples.MagiFamily(), "The handbook's table gives $3,065.00 a month for three.",
            cite: p => p.Text.Contains("3 | $3,065", StringComparison.Ordinal));

        Assert.Empty(draft.Steps[0].UnverifiedFigures);
        Assert.StartsWith("The manual's table", Assert.Single(draft.Steps.Skip(1)).Text, StringComparison.Ordinal); // the cited table set beside the calculator
    }

    [Theory]
    [InlineData("""{"household_size":3,"incomes":[null]}""", "incomes[0]")]
    [InlineData("""{"household_size":3,"incomes":[{"kind":null,"amount":100,"frequency":"monthly"}]}""", "incomes[0].kind")]
    [InlineData("""{"household_size":3,"incomes":[{"kind":"wages","amount":1e28,"frequency":"weekly"}]}""", "incomes[0].amount")]
    [InlineData("""{"household_size":3,"incomes":[{"kind":"wages","amount":1e300,"frequency":"weekly"}]}""", "incomes[0].amount")]
    [InlineData("""{"household_size":3,"incomes":[{"kind":"wages","amount":"100","frequency":"weekly"}]}""", "incomes[0].amount")]
    [InlineData("""{"household_size":-2,"incomes":[]}""", "household_size")]
    [InlineData("""{"household_size":2.5,"incomes":[]}""", "household_size")]
    [InlineData("""{"household_size":3,"incomes":[{"kind":"wages","amount":100,"frequency":"fortnightly"}]}""", "incomes[0].frequency")]
    [InlineData("""{"household_size":3,"incomes":[{"kind":"wages","amount":100,"frequency":7}]}""", "incomes[0].frequency")]
    [InlineData("""{"household_size":3,"incomes":[{"kind":"wages","amount":100,"frequency":"monthly","countable":"yes"}]}""", "incomes[0].countable")]
    [InlineData("""{"household_size":3,"incomes":{"kind":"wages"}}""", "incomes")]
    [InlineData("""{"household_size":3,"benefit_month":"June","incomes":[]}""", "benefit_month")]
    [InlineData("""[1,2,3]""", "input")]
    [InlineData("""not json""", "the input is not valid JSON")]
    public void Input_the_model_controls_comes_back_as_an_error_naming_the_field(string input, string field)
    {
        var tool = new IncomeCalculatorTool(CaseFiguresCalculator.Default.Income, new DateOnly(2025, 6, 1));

        var output = tool.Invoke(input);

        using var json = JsonDocument.Parse(output);
        var error = json.RootElement.GetProperty("error").GetString();
        Assert.StartsWith(field, error, StringComparison.Ordinal);
        Assert.Equal(output, Assert.Single(tool.Calls).Output);
    }

    [Fact]
    public void The_tool_answers_with_each_incomes_figures_as_numbers()
    {
        var tool = new IncomeCalculatorTool(CaseFiguresCalculator.Default.Income, new DateOnly(2025, 6, 1));

        using var json = JsonDocument.Parse(tool.Invoke("""{"household_size":3,"incomes":[{"kind":"wages","amount":1200,"frequency":"Bi-Weekly"}]}"""));

        var income = Assert.Single(json.RootElement.GetProperty("incomes").EnumerateArray().ToList());
        Assert.Equal(1200m, income.GetProperty("amount").GetDecimal());
        Assert.Equal("biweekly", income.GetProperty("frequency").GetString());
        Assert.Equal(2600m, income.GetProperty("monthly_amount").GetDecimal());
        Assert.Equal(15650m, json.RootElement.GetProperty("guideline_first_person").GetDecimal());
    }

    [Theory]
    [InlineData(IncomeFrequency.Weekly)]
    [InlineData(IncomeFrequency.Monthly)]
    public void An_absurd_amount_is_a_calculation_error_not_an_overflow(IncomeFrequency frequency)
    {
        var calculator = CaseFiguresCalculator.Default.Income;

        var error = Assert.Throws<CalculationException>(() =>
            calculator.Calculate(1, [new IncomeItem("wages", 10_000_000_000_000_000_000_000_000_000m, frequency)], new DateOnly(2025, 6, 1)));

        Assert.Contains("more than 10,000,000", error.Message, StringComparison.Ordinal);
    }

    private async Task<DeterminationDraft> DraftAsync(CaseFactsForm form, string step, string[]? calculatorInputs = null, Func<Passage, bool>? cite = null)
    {
        // By default the step cites a passage with no figures of its own, so every figure must come from the calculator.
        var drafter = new ScriptedDrafter(step, calculatorInputs ?? [], cite ?? (p => !DeterminationDrafting.FiguresIn(p.Text).Any()));
        return await new DeterminationDrafting(handbook.Retriever(), CaseFiguresCalculator.Default, drafter).DraftAsync(CaseFactsSamples.Valid(form), Ct);
    }

    /// <summary>A model that calls the calculator as scripted, then proposes "likely eligible" with one step citing one passage verbatim.</summary>
    private sealed class ScriptedDrafter(string step, IReadOnlyList<string> calculatorInputs, Func<Passage, bool> cite) : IDeterminationDrafter
    {
        public string ModelId => "scripted-model";

        public Task<DrafterOutput> DraftAsync(DraftingRequest request, CancellationToken ct)
        {
            foreach (var input in calculatorInputs)
            {
                request.Calculator.Invoke(input);
            }

            var passage = request.Passages.Select(p => p.Passage).FirstOrDefault(cite);
            Assert.True(passage is not null, $"none of the {request.Passages.Count} passages fits the step's citation");
            var quote = CitationVerifier.Sentences(passage.Text).First();
            return Task.FromResult(new DrafterOutput(DraftOutcome.LikelyEligible, "Income is under the limit.",
                [new DrafterStep(step, [new GeneratedCitation(passage.Id, quote)])], [], [], new string('0', 64)));
        }
    }
}
