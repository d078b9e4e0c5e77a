using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Eligibility.Ingest.Pipeline;

/// <summary>
/// A <c>manifest.json</c>: <c>[{file, manual, title, version, effective}]</c>, file paths relative to the manifest.
/// </summary>
public static class Manifest
{
    private sealed record Entry(
        [property: JsonPropertyName("file")] string? File,
        [property: JsonPropertyName("manual")] string? Manual,
        [property: JsonPropertyName("title")] string? Title,
        [property: JsonPropertyName("version")] string? Version,
        [property: JsonPropertyName("effective")] string? Effective);

    private static readonly JsonSerializerOptions Options = new() { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads the manifest, or throws <see cref="FormatException"/> naming the manifest and the entry.</summary>
    public static IReadOnlyList<IngestRequest> Read(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new FormatException($"{path}: manifest not found");
        }

        return Parse(File.ReadAllText(path), name, Path.GetDirectoryName(Path.GetFullPath(path))!);
    }

    /// <summary>
    /// Reads a manifest's text (named <paramref name="name"/> in messages), its file paths taken relative to
    /// <paramref name="folder"/>; throws <see cref="FormatException"/> naming the manifest and the entry.
    /// </summary>
    public static IReadOnlyList<IngestRequest> Parse(string json, string name, string folder)
    {
        List<Entry>? entries;
        try
        {
            entries = JsonSerializer.Deserialize<List<Entry>>(json, Options);
        }
        catch (JsonException e)
        {
            throw new FormatException($"{name}: not a JSON array of {{file, manual, title, version, effective}} (line {e.LineNumber + 1}: {e.Message.Split('.')[0]})");
        }

        if (entries is null || entries.Count == 0)
        {
            throw new FormatException($"{name}: the manifest lists no files");
        }

        return entries.Select((e, i) => ToRequest(e, i + 1, name, folder)).ToList();
    }

    private static IngestRequest ToRequest(Entry e, int number, string manifest, string folder)
    {
        string Need(string? value, string field) => string.IsNullOrWhiteSpace(value)
            ? throw new FormatException($"{manifest}: entry {number} has no \"{field}\"")
            : value.Trim();

        var effective = Need(e.Effective, "effective");
        if (!DateOnly.TryParseExact(effective, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new FormatException($"{manifest}: entry {number} has effective date '{effective}', expected YYYY-MM-DD");
        }

        return new IngestRequest(Path.GetFullPath(Path.Combine(folder, Need(e.File, "file"))), Need(e.Manual, "manual"), Need(e.Title, "title"), Need(e.Version, "version"), date);
    }
}
