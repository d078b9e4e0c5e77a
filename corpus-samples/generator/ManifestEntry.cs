using System.Text.Json;
using System.Text.Json.Serialization;

namespace Eligibility.CorpusSamples;

/// <summary>One row of corpus-samples/manifest.json; <see cref="File"/> is relative to the manifest.</summary>
internal sealed record ManifestEntry(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("manual")] string Manual,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("effective")] string Effective)
{
    public static JsonSerializerOptions JsonOptions { get; } = new() { WriteIndented = true };
}
