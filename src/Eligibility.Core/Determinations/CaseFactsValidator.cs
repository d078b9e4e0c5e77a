using System.Globalization;
using System.Text.RegularExpressions;

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

    private static List<HouseholdMember> Members(IReadOnlyList<MemberForm> forms, DateOnly today, Action<string, string> problem)
    {
        if (forms.Count == 0)
        {
            problem("household", "needs at least the applicant");
        }
        else if (forms.Count > MaxHousehold)
        {
            problem("household", $"has {forms.Count} members; the limit is {MaxHousehold}");
        }

        var members = new List<HouseholdMember>();
        for (var i = 0; i < forms.Count; i++)
        {
            var at = $"household[{i + 1}]";
            if (forms[i] is not { } f)
            {
                problem(at, "is empty");
                continue;
            }

            if (string.IsNullOrWhiteSpace(f.Name))
            {
                problem($"{at}.name", "is required");
            }
            else if (f.Name.Length > 100)
            {
                problem($"{at}.name", "is longer than 100 characters");
            }

            if (f.Age is null)
            {
                problem($"{at}.age", "is required");
            }
            else if (f.Age is < 0 or > MaxAge)
            {
                problem($"{at}.age", $"{f.Age} is not a possible age (0 to {MaxAge})");
            }

            var relationship = ParseEnum<Relationship>(f.Relationship);
            if (relationship is null)
            {
                problem($"{at}.relationship", $"'{f.Relationship}' is not a relationship ({Names<Relationship>()})");
            }

            var status = string.IsNullOrWhiteSpace(f.ImmigrationStatus) ? ImmigrationStatus.Unknown : ParseEnum<ImmigrationStatus>(f.ImmigrationStatus);
            if (status is null)
            {
                problem($"{at}.immigrationStatus", $"'{f.ImmigrationStatus}' is not a status ({Names<ImmigrationStatus>()})");
            }

            if (f.Pregnant && f.Age is < 9)
            {
                problem($"{at}.pregnant", $"cannot be marked for a member aged {f.Age}");
            }

            var ssn = Digits(f.Ssn);
            if (ssn is not null && !SsnShape().IsMatch(ssn))
            {
                problem($"{at}.ssn", "is not a social security number (9 digits, not starting 000, 666 or 9)");
            }

            var cin = f.Cin?.Trim().ToUpperInvariant();
            if (!string.IsNullOrEmpty(cin) && !CinShape().IsMatch(cin))
            {
                problem($"{at}.cin", "is not a Medi-Cal CIN (8 digits and a letter, optionally 9 first)");
            }

            DateOnly? dob = null;
            if (!string.IsNullOrWhiteSpace(f.DateOfBirth))
            {
                if (!DateOnly.TryParseExact(f.DateOfBirth.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    problem($"{at}.dateOfBirth", $"'{f.DateOfBirth}' is not a date (YYYY-MM-DD)");
                }
                else if (date > today)
                {
                    problem($"{at}.dateOfBirth", $"{date:yyyy-MM-dd} is in the future");
                }
                else if (f.Age is { } age and >= 0 and <= MaxAge && AgeOn(date, today) is var actual && Math.Abs(actual - age) > 1)
                {
                    problem($"{at}.age", $"{age} does not match the date of birth {date:yyyy-MM-dd} (age {actual} today)");
                }
                else
                {
                    dob = date;
                }
            }

            members.Add(new HouseholdMember
            {
                Name = f.Name?.Trim() ?? "",
                Age = f.Age ?? 0,
                Relationship = relationship ?? Relationship.Other,
                Pregnant = f.Pregnant,
                Disabled = f.Disabled,
                Blind = f.Blind,
                ImmigrationStatus = status ?? ImmigrationStatus.Unknown,
                Ssn = ssn,
                Cin = string.IsNullOrEmpty(cin) ? null : cin,
                DateOfBirth = dob,
            });
        }

        var applicants = members.Count(m => m.Relationship == Relationship.Self);
        if (forms.Count > 0 && applicants != 1)
        {
            problem("household", $"must have exactly one member whose relationship is 'self' (the applicant); it has {applicants}");
        }

        return members;
    }

    private static List<ReportedIncome> Incomes(IReadOnlyList<IncomeForm> forms, int members, Action<string, string> problem)
    {
        var incomes = new List<ReportedIncome>();
        if (forms.Count > MaxLines)
        {
            problem("income", $"has {forms.Count} lines; the limit is {MaxLines}");
        }

        for (var i = 0; i < forms.Count; i++)
        {
            var at = $"income[{i + 1}]";
            if (forms[i] is not { } f)
            {
                problem(at, "is empty");
                continue;
            }

            if (f.Member is null || f.Member < 1 || f.Member > members)
            {
                problem($"{at}.member", $"must name a household member by position (1 to {members})");
            }

            var type = ParseEnum<IncomeType>(f.Type);
            if (type is null)
            {
                problem($"{at}.type", $"'{f.Type}' is not an income type ({Names<IncomeType>()})");
            }

            if (f.Amount is null)
            {
                problem($"{at}.amount", "is required");
            }
            else if (f.Amount < 0)
            {
                problem($"{at}.amount", $"{f.Amount:N2} is negative; enter a loss as 0 and explain it in the notes");
            }
            else if (f.Amount > MaxAmount)
            {
                problem($"{at}.amount", $"{f.Amount:N2} is more than {MaxAmount:N0}");
            }

            var frequency = ParseEnum<IncomeFrequency>(f.Frequency);
            if (frequency is null)
            {
                problem($"{at}.frequency", $"'{f.Frequency}' is not a frequency ({Names<IncomeFrequency>()})");
            }

            incomes.Add(new ReportedIncome((f.Member ?? 1) - 1, type ?? IncomeType.Other, f.Amount ?? 0, frequency ?? IncomeFrequency.Monthly));
        }

        return incomes;
    }

    private static List<Resource> Resources(IReadOnlyList<ResourceForm> forms, Action<string, string> problem)
    {
        var resources = new List<Resource>();
        if (forms.Count > MaxLines)
        {
            problem("resources", $"has {forms.Count} lines; the limit is {MaxLines}");
        }

        for (var i = 0; i < forms.Count; i++)
        {
            var at = $"resources[{i + 1}]";
            if (forms[i] is not { } f)
            {
                problem(at, "is empty");
                continue;
            }

            if (f.Description is { Length: > MaxShortText })
            {
                problem($"{at}.description", $"is longer than {MaxShortText} characters");
            }

            var type = ParseEnum<ResourceType>(f.Type);
            if (type is null)
            {
                problem($"{at}.type", $"'{f.Type}' is not a resource type ({Names<ResourceType>()})");
            }

            if (f.Value is null)
            {
                problem($"{at}.value", "is required");
            }
            else if (f.Value < 0)
            {
                problem($"{at}.value", $"{f.Value:N2} is negative; property is valued at its equity, at least 0");
            }
            else if (f.Value > MaxAmount * 100)
            {
                problem($"{at}.value", $"{f.Value:N2} is not a plausible value");
            }

            resources.Add(new Resource(type ?? ResourceType.Other, f.Value ?? 0, f.Exempt, f.Description?.Trim()));
        }

        return resources;
    }

    public static int AgeOn(DateOnly birth, DateOnly day) =>
        day.Year - birth.Year - (day.Month < birth.Month || (day.Month == birth.Month && day.Day < birth.Day) ? 1 : 0);

    /// <summary>Enum names matched without regard to case, spaces, hyphens or underscores ("lawful-permanent-resident").</summary>
    public static T? ParseEnum<T>(string? text)
        where T : struct, Enum
    {
        var wanted = Squash(text);
        return Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => Squash(v.ToString()) == wanted && wanted.Length > 0);
    }

    public static string Token<T>(T value)
        where T : struct, Enum => KebabBoundary().Replace(value.ToString(), "-$1").ToLowerInvariant();

    private static string Names<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(Token));

    private static string Squash(string? text) => new((text ?? "").Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static string? Digits(string? text) => string.IsNullOrWhiteSpace(text) ? null : new string(text.Where(char.IsDigit).ToArray()) is { Length: > 0 } d && d.Length == text.Count(char.IsLetterOrDigit) ? d : text.Trim();

    [GeneratedRegex(@"^(?!000|666|9)\d{3}(?!00)\d{2}(?!0000)\d{4}$")]
    private static partial Regex SsnShape();

    [GeneratedRegex(@"^9?\d{8}[A-Z]$")]
    private static partial Regex CinShape();

    [GeneratedRegex(@"(?<=[a-z])([A-Z])")]
    private static partial Regex KebabBoundary();
}
