using System.Globalization;
using System.Text.RegularExpressions;
using Eligibility.Core.Passages;

namespace Eligibility.Core.Determinations;

/// <summary>
/// Whether a passage bears on a case, read from what the passage (with the sections above it) says it covers: a
/// rule for the other program (MAGI against non-MAGI) or for an age group the applicant is outside of does not;
/// a definitions section is reference, not a reasoning step. A passage that names no program or age applies.
/// </summary>
public static partial class DraftApplicability
{
    /// <summary>Why the passage does not apply to the case, or null when it does. <paramref name="scope"/> is its text with its parent sections' text.</summary>
    public static string? WhyNot(string scope, CaseFacts facts)
    {
        var magiOnly = Magi().IsMatch(scope) && !NonMagi().IsMatch(scope);
        var nonMagiOnly = NonMagi().IsMatch(scope) && !Magi().IsMatch(scope);
        if (facts.Program == MediCalProgram.NonMagi && magiOnly)
        {
            return "a MAGI Medi-Cal rule, and this is a non-MAGI case";
        }

        if (facts.Program == MediCalProgram.Magi && nonMagiOnly)
        {
            return "a non-MAGI Medi-Cal rule, and this is a MAGI case";
        }

        var age = (facts.Applicant ?? facts.Household[0]).Age;
        var groups = AgeGroups(scope).ToList();
        return groups.Count > 0 && !groups.Any(g => age >= g.From && age <= g.To)
            ? $"a rule for {string.Join(" or ", groups.Select(g => g.Written))}, and the applicant is {age}"
            : null;
    }

    /// <summary>A definitions section ("1.3 Definitions"): reference for the terms, not a step of the reasoning.</summary>
    public static bool IsDefinitions(Passage passage) => Definitions().IsMatch(passage.SectionPath.Leaf);

    /// <summary>The age groups a text states: "aged 19 through 64", "under age 19", "age 65 or older".</summary>
    private static IEnumerable<(int From, int To, string Written)> AgeGroups(string text)
    {
        foreach (Match m in Range().Matches(text))
        {
            yield return (Int(m.Groups["a"].Value), Int(m.Groups["b"].Value), m.Value);
        }

        foreach (Match m in Under().Matches(text))
        {
            yield return (0, Int(m.Groups["n"].Value) - 1, m.Value);
        }

        foreach (Match m in Over().Matches(text))
        {
            yield return (Int(m.Groups["n"].Value), int.MaxValue, m.Value);
        }
    }

    private static int Int(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<![-\w])MAGI\b(?!-based income of the individual)", RegexOptions.None)]
    private static partial Regex Magi();

    [GeneratedRegex(@"\bnon-?MAGI\b", RegexOptions.IgnoreCase)]
    private static partial Regex NonMagi();

    [GeneratedRegex(@"\bages?d?\s+(?<a>\d{1,2})\s*(?:through|to|thru|-|–)\s*(?<b>\d{1,3})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Range();

    [GeneratedRegex(@"\b(?:under|younger\s+than|below)\s+(?:the\s+)?age\s+(?:of\s+)?(?<n>\d{1,2})\b|\b(?:under|younger\s+than)\s+(?<n>\d{1,2})\b(?!\s*(?:%|percent|days|months|years\s+of\s+service))", RegexOptions.IgnoreCase)]
    private static partial Regex Under();

    [GeneratedRegex(@"\b(?:age|aged)\s+(?<n>\d{1,2})\s+(?:or|and)\s+(?:older|over|above)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Over();

    [GeneratedRegex(@"^(?:[\d.]+\s+)?(?:Definitions?|Terms defined|Meaning of terms)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Definitions();
}
