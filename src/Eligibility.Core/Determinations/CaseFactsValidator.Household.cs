using System.Globalization;
using System.Text.RegularExpressions;

namespace Eligibility.Core.Determinations;

/// <summary>The household: each member possible, identifiers of the right shape, exactly one applicant.</summary>
public static partial class CaseFactsValidator
{
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

    private static string? Digits(string? text) => string.IsNullOrWhiteSpace(text) ? null : new string(text.Where(char.IsDigit).ToArray()) is { Length: > 0 } d && d.Length == text.Count(char.IsLetterOrDigit) ? d : text.Trim();

    [GeneratedRegex(@"^(?!000|666|9)\d{3}(?!00)\d{2}(?!0000)\d{4}$")]
    private static partial Regex SsnShape();

    [GeneratedRegex(@"^9?\d{8}[A-Z]$")]
    private static partial Regex CinShape();
}
