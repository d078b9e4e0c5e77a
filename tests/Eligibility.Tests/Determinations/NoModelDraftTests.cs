using Eligibility.Core.Answering;
using Eligibility.Core.Determinations;
using Eligibility.Core.Retrieval;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Determinations;

/// <summary>
/// Without a model, a draft lists the policy in effect for the benefit month and the computed figures and
/// leaves the outcome to the caseworker; the version cited follows the benefit month.
/// </summary>
public sealed class NoModelDraftTests : IAsyncLifetime
{
    private readonly TempDataFolder _data = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _data.Pipeline.IngestAsync(SampleManuals.Handbook2025, publish: true, Ct);
        await _data.Pipeline.IngestAsync(SampleManuals.Handbook2026, publish: true, Ct);
    }

    public ValueTask DisposeAsync()
    {
        _data.Dispose();
        return ValueTask.CompletedTask;
    }

    private Task<DeterminationDraft> DraftAsync(CaseFactsForm form) =>
        _data.Get<DeterminationDrafting>().DraftAsync(CaseFactsSamples.Valid(form), Ct);

    [Fact]
    public async Task The_outcome_is_left_to_the_caseworker_with_passages_and_figures()
    {
        var facts = CaseFactsSamples.Valid(CaseFactsSamples.MagiFamily());
        var draft = await DraftAsync(CaseFactsSamples.MagiFamily());

        Assert.Equal(DraftOutcome.LeftToCaseworker, draft.Outcome);
        Assert.Equal(AnswerMode.Extractive, draft.Mode);
        Assert.Null(draft.Model);
        Assert.Equal(CaseFiguresCalculator.Default.Calculate(facts), draft.Figures, new FiguresComparer());
        Assert.NotEmpty(draft.Steps);
        Assert.All(draft.Steps, s => Assert.True(s.Supported));
        Assert.Contains(draft.Citations, c => c.SectionPath.Contains("3.4 Income limits", StringComparison.Ordinal));
        Assert.All(draft.Citations, c => Assert.Equal("2025-01-01", c.Version));
        Assert.DoesNotContain("Maria", draft.FactsSentToModel, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_2026_benefit_month_cites_the_2026_property_limit_and_a_2025_month_the_2025_text()
    {
        var in2026 = await DraftAsync(CaseFactsSamples.NonMagiCouple("2026-02"));
        var in2025 = await DraftAsync(CaseFactsSamples.NonMagiCouple("2025-06"));

        var limit2026 = Assert.Single(in2026.Citations, c => c.SectionPath.Contains("4.1 Property limit", StringComparison.Ordinal));
        Assert.Equal("2026-01-01", limit2026.Version);
        Assert.Contains(in2026.Steps, s => s.Text.Contains("reinstated", StringComparison.Ordinal));
        Assert.False(in2026.Figures.PropertyTest!.WithinLimit);

        var limit2025 = Assert.Single(in2025.Citations, c => c.SectionPath.Contains("4.1 Property limit", StringComparison.Ordinal));
        Assert.Equal("2025-01-01", limit2025.Version);
        Assert.True(in2025.Figures.PropertyTest!.WithinLimit);
    }

    [Fact]
    public async Task Missing_information_is_named()
    {
        var form = CaseFactsSamples.NonMagiCouple("2026-02") with { Resources = [] };
        form = form with { Household = [form.Household![0] with { ImmigrationStatus = null }, form.Household[1]] };

        var draft = await DraftAsync(form);

        Assert.Contains("immigration status of household member 1", draft.MissingInformation);
        Assert.Contains(draft.MissingInformation, m => m.StartsWith("property: a property limit applies", StringComparison.Ordinal));
    }

    /// <summary>Compares figures by value (the records hold lists, which compare by reference).</summary>
    private sealed class FiguresComparer : IEqualityComparer<CaseFigures>
    {
        public bool Equals(CaseFigures? x, CaseFigures? y) =>
            x is not null && y is not null && x.Numbers().SequenceEqual(y.Numbers()) && x.Steps.SequenceEqual(y.Steps) && x.Unavailable.SequenceEqual(y.Unavailable);

        public int GetHashCode(CaseFigures obj) => obj.HouseholdSize;
    }

    [Fact]
    public async Task A_non_MAGI_case_aged_72_lists_no_MAGI_only_step_and_no_definitions()
    {
        var form = CaseFactsSamples.NonMagiCouple("2025-06") with
        {
            Household = [new MemberForm { Name = "Robert Chen", Age = 72, Relationship = "self", ImmigrationStatus = "citizen" }],
            Income = [new IncomeForm(1, "social-security", 1500m, "monthly")],
        };

        var draft = await DraftAsync(form);

        Assert.NotEmpty(draft.Steps);
        Assert.DoesNotContain(draft.Citations, c => c.SectionPath.Contains("3.4 Income limits", StringComparison.Ordinal)); // adults 19 through 64, MAGI
        Assert.DoesNotContain(draft.Citations, c => c.SectionPath.Contains("MAGI Medi-Cal and property", StringComparison.Ordinal));
        Assert.DoesNotContain(draft.Citations, c => c.SectionPath.Contains("Definitions", StringComparison.Ordinal));
        Assert.All(draft.Steps, s => Assert.DoesNotMatch(@"(?<!non-)\bMAGI\b", s.Text));
        Assert.Contains(draft.Citations, c => c.SectionPath.Contains("4.1 Property limit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_limit_tables_row_for_the_household_is_quoted_and_set_beside_the_calculators_limit_with_the_reason_they_differ()
    {
        var in2026 = await DraftAsync(CaseFactsSamples.MagiFamily() with { BenefitMonth = "2026-02" });
        var in2025 = await DraftAsync(CaseFactsSamples.MagiFamily());

        var row = Assert.Single(in2026.Steps, s => s.Text.StartsWith("Monthly income limit by household size (138% FPL):", StringComparison.Ordinal));
        Assert.EndsWith(": 3 | $3,142", row.Text, StringComparison.Ordinal);
        Assert.Equal("3 | $3,142", in2026.Citations.Single(c => c.Number == row.Citations[0]).CitedText);
        var check = Assert.Single(in2026.Steps, s => s.Text.StartsWith("The manual's table", StringComparison.Ordinal));
        Assert.Contains("$3,142", check.Text, StringComparison.Ordinal);
        Assert.Contains("$3,064.75", check.Text, StringComparison.Ordinal);
        Assert.Contains("newer than the latest poverty guideline the calculator holds", check.Text, StringComparison.Ordinal);
        Assert.Equal(3064.75m, in2026.Figures.IncomeTest!.MonthlyLimit);

        Assert.Contains(in2025.Steps, s => s.Text.EndsWith(": 3 | $3,065", StringComparison.Ordinal));
        Assert.Contains(in2025.Steps, s => s.Text.EndsWith("The difference is rounding: the table is in whole dollars.", StringComparison.Ordinal));
        Assert.DoesNotContain(in2025.Steps, s => s.Text.EndsWith("Household size | Monthly limit", StringComparison.Ordinal));
    }
}
