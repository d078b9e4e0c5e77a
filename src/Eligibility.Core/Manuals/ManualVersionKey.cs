namespace Eligibility.Core.Manuals;

/// <summary>Identifies one version of one manual, e.g. <c>42-cfr-435@2019-10-01</c>.</summary>
public readonly record struct ManualVersionKey(string ManualId, string Version)
{
    public override string ToString() => $"{ManualId}@{Version}";
}
