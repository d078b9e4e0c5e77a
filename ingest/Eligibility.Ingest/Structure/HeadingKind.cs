using System.Text.RegularExpressions;

namespace Eligibility.Ingest.Structure;

/// <summary>Recognises heading numbering and gives it an outline level: Part/Chapter 1, Subpart/Article 2, § 3, 4.2.3 by depth.</summary>
internal static partial class HeadingKind
{
    public const int Minor = 9;

    [GeneratedRegex(@"^(PART|Part|CHAPTER|Chapter|TITLE|Title)\s+[0-9IVXLC]+\b")]
    private static partial Regex PartPattern();

    [GeneratedRegex(@"^(SUBPART|Subpart|ARTICLE|Article|DIVISION|Division)\s+[0-9A-Z]+\b")]
    private static partial Regex SubpartPattern();

    [GeneratedRegex(@"^(§§?|Sec\.|SECTION|Section)\s*(?<n>\d+[A-Za-z]?(\.\d+[a-z]?)*(\s*[-–—]\s*\d+(\.\d+)*)?)")]
    private static partial Regex SectionPattern();

    [GeneratedRegex(@"^(?<n>\d{1,3}(\.\d{1,3}){1,4})\.?\s+\S")]
    private static partial Regex NumberedPattern();

    /// <summary>The outline level a heading's wording implies, or null when it carries no numbering.</summary>
    public static int? LevelOf(string heading)
    {
        if (PartPattern().IsMatch(heading))
        {
            return 1;
        }

        if (SubpartPattern().IsMatch(heading))
        {
            return 2;
        }

        if (SectionPattern().IsMatch(heading))
        {
            return 3;
        }

        var numbered = NumberedPattern().Match(heading);
        return numbered.Success ? 1 + numbered.Groups["n"].Value.Count(c => c == '.') + 1 : null;
    }

    /// <summary>"435.912" from "§ 435.912 Timely…", "3.2.1" from "3.2.1 Earned income".</summary>
    public static string? NumberOf(string heading)
    {
        var section = SectionPattern().Match(heading);
        if (section.Success)
        {
            return Regex.Replace(section.Groups["n"].Value, @"\s+", "");
        }

        var numbered = NumberedPattern().Match(heading);
        return numbered.Success ? numbered.Groups["n"].Value : null;
    }

    /// <summary>True for a section-level heading (a numbered rule, not a grouping).</summary>
    public static bool IsSection(int level) => level >= 3 && level < Minor;
}
