namespace Eligibility.Server.Security;

/// <summary>
/// Who may embed the panel and talk to it from a browser (configuration "Security"). Each entry is an origin,
/// <c>https://cases.example.gov</c>; the panel's own origin is always allowed.
/// </summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>Sites that may frame the panel (CSP frame-ancestors) and call it from their pages (Origin); none by default.</summary>
    public List<string> EmbeddingOrigins { get; set; } = [];
}
