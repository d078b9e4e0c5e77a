using System.Text.RegularExpressions;

namespace Eligibility.Core.Manuals;

/// <summary>Validation of the identifiers policy staff type: manual ids and version labels.</summary>
public static partial class ManualIdentity
{
    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,79}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")]
    private static partial Regex VersionPattern();

    /// <summary>Returns null when valid, otherwise the reason.</summary>
    public static string? CheckManualId(string? id) =>
        string.IsNullOrWhiteSpace(id) ? "manual id is missing"
        : IdPattern().IsMatch(id) ? null
        : $"manual id '{id}' must be lower-case letters, digits, '.', '_' or '-' (at most 80 characters)";

    /// <summary>Returns null when valid, otherwise the reason.</summary>
    public static string? CheckVersion(string? version) =>
        string.IsNullOrWhiteSpace(version) ? "version is missing"
        : VersionPattern().IsMatch(version) ? null
        : $"version '{version}' must be letters, digits, '.', '_' or '-' (at most 40 characters)";
}
