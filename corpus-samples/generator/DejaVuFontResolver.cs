using PdfSharp.Fonts;

namespace Eligibility.CorpusSamples;

/// <summary>
/// Resolves the "DejaVu Serif" and "DejaVu Sans" families to the TrueType files shipped by
/// Debian's fonts-dejavu-core package. PDFsharp 6 has no system font lookup on Linux.
/// </summary>
internal sealed class DejaVuFontResolver : IFontResolver
{
    public const string SerifFamily = "DejaVu Serif";
    public const string SansFamily = "DejaVu Sans";
    public const string FontDirectory = "/usr/share/fonts/truetype/dejavu";

    // Face name -> file name. Italic faces are optional; missing faces fall back to regular.
    private static readonly Dictionary<string, string> FaceFiles = new(StringComparer.Ordinal)
    {
        ["DejaVuSerif"] = "DejaVuSerif.ttf",
        ["DejaVuSerif-Bold"] = "DejaVuSerif-Bold.ttf",
        ["DejaVuSerif-Italic"] = "DejaVuSerif-Italic.ttf",
        ["DejaVuSans"] = "DejaVuSans.ttf",
        ["DejaVuSans-Bold"] = "DejaVuSans-Bold.ttf",
        ["DejaVuSans-Oblique"] = "DejaVuSans-Oblique.ttf",
    };

    /// <summary>The files without which no document can be written.</summary>
    public static IReadOnlyList<string> RequiredFiles { get; } =
    [
        "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf",
    ];

    private readonly Dictionary<string, byte[]> _cache = new(StringComparer.Ordinal);

    /// <summary>Returns the required font files that are not installed.</summary>
    public static IReadOnlyList<string> FindMissingFiles() =>
        RequiredFiles.Where(f => !File.Exists(Path.Combine(FontDirectory, f))).ToList();

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        string stem;
        if (string.Equals(familyName, SerifFamily, StringComparison.OrdinalIgnoreCase))
        {
            stem = "DejaVuSerif";
        }
        else if (string.Equals(familyName, SansFamily, StringComparison.OrdinalIgnoreCase))
        {
            stem = "DejaVuSans";
        }
        else
        {
            return null;
        }

        string italicSuffix = stem == "DejaVuSans" ? "Oblique" : "Italic";
        if (bold)
        {
            // Bold italic is not mapped; simulate the slant on the bold face instead.
            return new FontResolverInfo(stem + "-Bold", false, italic);
        }

        string italicFace = $"{stem}-{italicSuffix}";
        if (italic && FaceExists(italicFace))
        {
            return new FontResolverInfo(italicFace);
        }

        return new FontResolverInfo(stem, false, italic);
    }

    public byte[]? GetFont(string faceName)
    {
        if (_cache.TryGetValue(faceName, out var cached))
        {
            return cached;
        }

        if (!FaceFiles.TryGetValue(faceName, out var file))
        {
            return null;
        }

        var bytes = File.ReadAllBytes(Path.Combine(FontDirectory, file));
        _cache[faceName] = bytes;
        return bytes;
    }

    private static bool FaceExists(string faceName) =>
        FaceFiles.TryGetValue(faceName, out var file) && File.Exists(Path.Combine(FontDirectory, file));
}
