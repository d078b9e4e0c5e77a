using System.Globalization;

namespace Eligibility.Core.Determinations;

/// <summary>
/// Turns the submitted form into <see cref="CaseFacts"/>, or lists every field that cannot be right (negative
/// income, an age of 200, a benefit month before the earliest manual version) by name and reason.
/// </summary>
public static partial class CaseFactsValidator
{
    public const int MaxAge = 120;
    public const int MaxHousehold = 20;
    public const int MaxNotes = 4_000;
    public const decimal MaxAmount = 10_000_000m;
    public const int MaxLines = 50;
    public const int MaxShortText = 200;

    /// <param name="earliestManual">The effective date of the earliest manual version on file: no policy answers a month before it.</param>
    /// <param name="today">For dates of birth in the future and benefit months too far ahead.</param>
    public static (CaseFacts? Facts, IReadOnlyList<FactProblem> Problems) Validate(CaseFactsForm form, DateOnly? earliestManual, DateOnly today)
    {
        var problems = new List<FactProblem>();
        void Problem(string field, string message) => problems.Add(new FactProblem(field, message));

        var program = ParseProgram(form.Program);
        if (program is null)
        {
            Problem("program", string.IsNullOrWhiteSpace(form.Program) ? "is required (magi or non-magi)" : $"'{form.Program}' is not a program (magi or non-magi)");
        }

        var county = CaliforniaCounties.Find(form.County);
        if (county is null)
        {
            Problem("county", string.IsNullOrWhiteSpace(form.County) ? "is required" : $"'{form.County}' is not a California county");
        }

        var month = BenefitMonth(form.BenefitMonth, earliestManual, today, Problem);
        var members = Members(form.Household ?? [], today, Problem);
        var income = Incomes(form.Income ?? [], members.Count, Problem);
        var resources = Resources(form.Resources ?? [], Problem);
        if (form.Notes is { Length: > MaxNotes })
        {
            Problem("notes", $"has {form.Notes.Length:N0} characters; the limit is {MaxNotes:N0}");
        }

        foreach (var (field, value) in new[] { ("contact.phone", form.Contact?.Phone), ("contact.email", form.Contact?.Email), ("contact.address", form.Contact?.Address) })
        {
            if (value is { Length: > MaxShortText })
            {
                Problem(field, $"is longer than {MaxShortText} characters");
            }
        }

        if (form.Contact?.Email is { Length: > 0 } email && !email.Contains('@', StringComparison.Ordinal))
        {
            Problem("contact.email", "is not an e-mail address");
        }

        if (form.CaseReference is { Length: > 64 })
        {
            Problem("caseReference", "is longer than 64 characters");
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        return (new CaseFacts
        {
            CaseReference = string.IsNullOrWhiteSpace(form.CaseReference) ? null : form.CaseReference.Trim(),
            Program = program!.Value,
            County = county!,
            BenefitMonth = month!.Value,
            Household = members,
            Income = income,
            Resources = resources,
            Contact = form.Contact,
            Notes = string.IsNullOrWhiteSpace(form.Notes) ? null : form.Notes.Trim(),
        }, problems);
    }

    public static MediCalProgram? ParseProgram(string? text) => Squash(text) switch
    {
        "magi" or "magimedical" => MediCalProgram.Magi,
        "nonmagi" or "nonmagimedical" or "abd" => MediCalProgram.NonMagi,
        _ => null,
    };

    private static DateOnly? BenefitMonth(string? text, DateOnly? earliestManual, DateOnly today, Action<string, string> problem)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problem("benefitMonth", "is required (YYYY-MM)");
            return null;
        }

        if (!DateOnly.TryParseExact(text.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            problem("benefitMonth", $"'{text}' is not a month (YYYY-MM)");
            return null;
        }

        if (earliestManual is { } earliest && month < new DateOnly(earliest.Year, earliest.Month, 1))
        {
            problem("benefitMonth", $"{month:yyyy-MM} is before the earliest manual version on file (effective {earliest:yyyy-MM-dd}); no policy here covers it");
            return null;
        }

        if (month > today.AddMonths(12))
        {
            problem("benefitMonth", $"{month:yyyy-MM} is more than a year ahead");
            return null;
        }

        return month;
    }

    public static int AgeOn(DateOnly birth, DateOnly day) =>
        day.Year - birth.Year - (day.Month < birth.Month || (day.Month == birth.Month && day.Day < birth.Day) ? 1 : 0);
}
