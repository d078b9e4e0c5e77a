namespace Eligibility.Infrastructure.Records.Manuals;

/// <summary>The original file of a manual version, so a citation can open it at the cited page.</summary>
internal sealed class SourceRow
{
    public string ManualId { get; set; } = "";
    public string Version { get; set; } = "";
    public string FileName { get; set; } = "";
    public byte[] Content { get; set; } = [];
}
