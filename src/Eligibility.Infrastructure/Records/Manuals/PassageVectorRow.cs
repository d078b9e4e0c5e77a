namespace Eligibility.Infrastructure.Records.Manuals;

/// <summary>
/// A passage's embedding in the embedded mode (float32, little-endian). Written before the version is staged and
/// scoped by version, so vectors of a version that never staged are never searched.
/// </summary>
internal sealed class PassageVectorRow
{
    public string PassageId { get; set; } = "";
    public string ManualId { get; set; } = "";
    public string Version { get; set; } = "";
    public byte[] Vector { get; set; } = [];
}
