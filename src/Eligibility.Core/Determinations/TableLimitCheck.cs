using System.Globalization;
using System.Text.RegularExpressions;
using Eligibility.Core.Passages;
using Eligibility.Core.Retrieval;

namespace Eligibility.Core.Determinations;

/// <summary>
/// A manual's table of monthly income limits set beside the calculator's: the row for the household size in a
/// table headed with the same percentage of the poverty level. When the two differ, the draft shows both and
/// says why (rounding, another year's poverty guideline, or a table newer than any guideline the calculator holds).
/// </summary>
public static partial class TableLimitCheck
{
    /// <summary>The table's row for the household and what it says beside the calculator's limit; null when the passage has no such row.</summary>
    public static (int Start, int End, string Note)? For(Passage passage, CaseFigures figures, PovertyGuidelines guidelines)
    {
        if (figures is not { Income: { } income, IncomeTest: { Limit.PercentOfPovertyLevel: { } percent } test })
        {
            return null;
        }

        var heading = passage.SectionPath.ToString() + "\n" + passage.Text.Split('\n', 2)[0];
        if (!Percents().Matches(heading).Any(m => decimal.Parse(m.Groups["p"].Value, CultureInfo.InvariantCulture) == percent))
        {
            return null; // a table of another limit
        }

        var size = income.HouseholdSize;
        foreach (var (start, end) in TableRows.Matching(passage.Text, $"household of {size}"))
        {
            var cells = passage.Text[start..end].Split(" | ");
            if (!int.TryParse(cells[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var rowSize) || rowSize != size)
            {
                continue;
            }

            var amount = cells.Skip(1).Select(c => Dollars().Match(c)).FirstOrDefault(m => m.Success);
            if (amount is null)
            {
                continue;
            }

            var table = decimal.Parse(amount.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            return (start, end, Note(passage, table, test.MonthlyLimit, percent, income, guidelines));
        }

        return null;
    }

    private static string Note(Passage passage, decimal table, decimal calculator, decimal percent, IncomeCalculation income, PovertyGuidelines guidelines)
    {
        var size = income.HouseholdSize;
        var source = string.Create(CultureInfo.InvariantCulture, $"The manual's table ({passage.ManualTitle}, version {passage.Version}) gives ${table:N0} a month for a household of {size}; the calculator gives ${calculator:N2}, {percent:0.##}% of the {income.Guideline.Year} poverty guideline ({income.AnnualGuideline:N0} a year) ÷ 12.");
        var difference = Math.Abs(table - calculator);
        if (difference == 0)
        {
            return source + " They agree.";
        }

        if (difference < 1)
        {
            return source + " The difference is rounding: the table is in whole dollars.";
        }

        var match = guidelines.Tables.FirstOrDefault(g => g.Year != income.Guideline.Year && Math.Abs(Math.Round(g.AnnualFor(size) * percent / 100 / 12, 0) - table) <= 1);
        if (match is not null)
        {
            return source + string.Create(CultureInfo.InvariantCulture, $" The table is built on the {match.Year} poverty guideline; the calculator uses the {income.Guideline.Year} guideline, the one in effect for the benefit month. Use the figure for the benefit month's guideline unless the county says otherwise.");
        }

        if (passage.EffectiveDate > income.Guideline.Effective)
        {
            return source + string.Create(CultureInfo.InvariantCulture, $" The table's version (effective {passage.EffectiveDate:yyyy-MM-dd}) is newer than the latest poverty guideline the calculator holds ({income.Guideline.Year}, effective {income.Guideline.Effective:yyyy-MM-dd}), so it may rest on a newer guideline the calculator does not have yet. Confirm which figure applies before deciding.");
        }

        return source + string.Create(CultureInfo.InvariantCulture, $" The difference (${difference:N2}) is not rounding and matches no poverty guideline the calculator holds. Confirm the table before relying on either figure.");
    }

    [GeneratedRegex(@"(?<p>\d{2,3}(?:\.\d+)?)\s*(?:%|percent)")]
    private static partial Regex Percents();

    [GeneratedRegex(@"\$\s?(?<n>\d{1,3}(?:,\d{3})*(?:\.\d+)?)")]
    private static partial Regex Dollars();
}
