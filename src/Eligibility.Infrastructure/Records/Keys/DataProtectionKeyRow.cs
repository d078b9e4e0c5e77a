namespace Eligibility.Infrastructure.Records.Keys;

/// <summary>One key of the ASP.NET Core data protection key ring (it protects sign-in cookies), as its XML.</summary>
internal sealed class DataProtectionKeyRow
{
    public string Id { get; set; } = "";
    public string FriendlyName { get; set; } = "";
    public string Xml { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
