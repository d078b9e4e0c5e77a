using System.Text.RegularExpressions;

namespace Eligibility.Core.Determinations;

/// <summary>How enum values are written in forms and text ("lawful-permanent-resident") and read back.</summary>
public static partial class CaseFactsValidator
{
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

    [GeneratedRegex(@"(?<=[a-z])([A-Z])")]
    private static partial Regex KebabBoundary();
}
