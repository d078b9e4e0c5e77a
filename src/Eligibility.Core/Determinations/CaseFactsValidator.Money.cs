namespace Eligibility.Core.Determinations;

/// <summary>Income and property lines: amounts that can exist, known types and frequencies, a member who exists.</summary>
public static partial class CaseFactsValidator
{
    private static List<ReportedIncome> Incomes(IReadOnlyList<IncomeForm> forms, int members, Action<string, string> problem) =>
        Lines(forms, "income", problem, (f, at) =>
        {
            if (f.Member is null || f.Member < 1 || f.Member > members)
            {
                problem($"{at}.member", $"must name a household member by position (1 to {members})");
            }

            var type = ParseEnum<IncomeType>(f.Type);
            if (type is null)
            {
                problem($"{at}.type", $"'{f.Type}' is not an income type ({Names<IncomeType>()})");
            }

            Amount($"{at}.amount", f.Amount, MaxAmount, "enter a loss as 0 and explain it in the notes", problem);
            var frequency = ParseEnum<IncomeFrequency>(f.Frequency);
            if (frequency is null)
            {
                problem($"{at}.frequency", $"'{f.Frequency}' is not a frequency ({Names<IncomeFrequency>()})");
            }

            return new ReportedIncome((f.Member ?? 1) - 1, type ?? IncomeType.Other, f.Amount ?? 0, frequency ?? IncomeFrequency.Monthly);
        });

    private static List<Resource> Resources(IReadOnlyList<ResourceForm> forms, Action<string, string> problem) =>
        Lines(forms, "resources", problem, (f, at) =>
        {
            if (f.Description is { Length: > MaxShortText })
            {
                problem($"{at}.description", $"is longer than {MaxShortText} characters");
            }

            var type = ParseEnum<ResourceType>(f.Type);
            if (type is null)
            {
                problem($"{at}.type", $"'{f.Type}' is not a resource type ({Names<ResourceType>()})");
            }

            Amount($"{at}.value", f.Value, MaxAmount * 100, "property is valued at its equity, at least 0", problem);
            return new Resource(type ?? ResourceType.Other, f.Value ?? 0, f.Exempt, f.Description?.Trim());
        });

    /// <summary>Each line of a list checked by <paramref name="check"/>; too many lines or an empty one is a named problem.</summary>
    private static List<TLine> Lines<TForm, TLine>(IReadOnlyList<TForm?> forms, string list, Action<string, string> problem, Func<TForm, string, TLine> check)
        where TForm : class
    {
        if (forms.Count > MaxLines)
        {
            problem(list, $"has {forms.Count} lines; the limit is {MaxLines}");
        }

        var lines = new List<TLine>();
        for (var i = 0; i < forms.Count; i++)
        {
            var at = $"{list}[{i + 1}]";
            if (forms[i] is { } form)
            {
                lines.Add(check(form, at));
            }
            else
            {
                problem(at, "is empty");
            }
        }

        return lines;
    }

    private static void Amount(string field, decimal? amount, decimal max, string whenNegative, Action<string, string> problem)
    {
        if (amount is null)
        {
            problem(field, "is required");
        }
        else if (amount < 0)
        {
            problem(field, $"{amount:N2} is negative; {whenNegative}");
        }
        else if (amount > max)
        {
            problem(field, $"{amount:N2} is more than {max:N0}");
        }
    }
}
