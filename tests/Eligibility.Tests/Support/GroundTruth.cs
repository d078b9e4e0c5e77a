using System.Text.Json;

namespace Eligibility.Tests.Support;

/// <summary>Paragraph starts and ends of Part 435 sections, from the printed-style ground truth (same text as the corpus PDF).</summary>
public static class GroundTruth
{
    public static async Task<List<(string Start, string End)>> SectionParagraphsAsync(string section, CancellationToken ct)
    {
        var path = SharedCorpus.Path("corpus", "parser-samples", "42-cfr-435_2019-10-01_printed-style.expected.json");
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(path, ct));
        var entry = json.RootElement.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("section").GetString() == section);
        var starts = entry.GetProperty("paragraphs").EnumerateArray().Select(e => Squash(e.GetString()!));
        var ends = entry.GetProperty("paragraph_ends").EnumerateArray().Select(e => Squash(e.GetString()!));
        return starts.Zip(ends).ToList();
    }

    private static string Squash(string text) => string.Concat(text.Replace('\u2009', ' ').Where(c => !char.IsWhiteSpace(c) && c != '-'));
}
