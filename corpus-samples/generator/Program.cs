using System.Text.Json;
using Eligibility.CorpusSamples;
using PdfSharp;
using PdfSharp.Fonts;

// Writes the sample policy manuals (PDF) and manifest.json into the output directory.
// Usage: dotnet run --project corpus-samples/generator -- <output-dir>
var missing = DejaVuFontResolver.FindMissingFiles();
if (missing.Count > 0)
{
    Console.Error.WriteLine(
        $"error: required DejaVu fonts not found in {DejaVuFontResolver.FontDirectory}: {string.Join(", ", missing)}");
    Console.Error.WriteLine("Install them with: sudo apt-get install fonts-dejavu-core");
    return 1;
}

// PDFsharp 6.5.0 is dual-licensed (AGPL-3.0-only or commercial) and throws unless a license is
// selected. This dev-only generator (not shipped with the product) runs under the AGPL option;
// see corpus-samples/README.md.
PdfSharpLicense.SetAgplLicense();
GlobalFontSettings.FontResolver = new DejaVuFontResolver();

string outputDir = args.Length > 0 ? args[0] : DefaultOutputDirectory();
Directory.CreateDirectory(outputDir);

Manual[] manuals =
[
    HandbookContent.Build(new DateOnly(2025, 1, 1)),
    HandbookContent.Build(new DateOnly(2026, 1, 1)),
    NoticesGuideContent.Build(new DateOnly(2025, 7, 1)),
];

var manifest = new List<ManifestEntry>();
foreach (var manual in manuals)
{
    var path = Path.Combine(outputDir, manual.FileName);
    int pages = ManualWriter.Write(manual, path);
    Console.WriteLine($"wrote {path} ({pages} pages)");
    manifest.Add(new ManifestEntry(manual.FileName, manual.Id, manual.Title, manual.VersionText, manual.VersionText));
}

var manifestPath = Path.Combine(outputDir, "manifest.json");
var json = JsonSerializer.Serialize(manifest, ManifestEntry.JsonOptions);
File.WriteAllText(manifestPath, json.ReplaceLineEndings("\n") + "\n");
Console.WriteLine($"wrote {manifestPath}");
return 0;

// corpus-samples/ is the parent of the generator project directory.
static string DefaultOutputDirectory()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Eligibility.CorpusSamples.csproj")))
    {
        dir = dir.Parent;
    }

    return dir?.Parent?.FullName ?? Directory.GetCurrentDirectory();
}
