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

    /// <summary>
    /// Reverse proxies (IP addresses) and their networks (CIDR, <c>10.0.0.0/8</c>) whose <c>X-Forwarded-For</c> and
    /// <c>X-Forwarded-Proto</c> are believed. None by default: the client address is the connection's peer, and a
    /// forwarded header from anyone else is ignored, so a client cannot pick the address it is throttled by.
    /// </summary>
    public List<string> KnownProxies { get; set; } = [];

    public List<string> KnownNetworks { get; set; } = [];
}
