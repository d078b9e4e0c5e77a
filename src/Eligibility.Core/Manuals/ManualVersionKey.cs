namespace Eligibility.Core.Manuals;

/// <summary>Identifies one version of one manual, e.g. <c>42-cfr-435@2019-10-01</c>.</summary>
public readonly record struct ManualVersionKey(string ManualId, string Version)
{
    public override string ToString() => $"{ManualId}@{Version}";

    /// <summary>Reads <c>manual@version</c>.</summary>
    public static bool TryParse(string? text, out ManualVersionKey key)
    {
        var at = text?.IndexOf('@') ?? -1;
        key = at > 0 && at < text!.Length - 1 ? new ManualVersionKey(text[..at], text[(at + 1)..]) : default;
        return at > 0 && at < text!.Length - 1;
    }
}
