using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Eligibility.Ingest.Reading;

/// <summary>
/// Rebuilds a PDF's cross-reference table from the objects it actually holds, as Poppler does for a damaged one:
/// every "N G obj" is found by scanning, and a new xref table with the old trailer is appended, so the original
/// bytes and offsets stay as they were. For the managed reader, which cannot repair a table whose offsets are wrong.
/// </summary>
internal static partial class XrefRepair
{
    /// <summary>The file with a rebuilt table appended, or null when it has no classic trailer to carry over.</summary>
    public static byte[]? Rebuild(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var trailer = Trailer().Matches(text).LastOrDefault();
        if (trailer is null)
        {
            return null;
        }

        var objects = new SortedDictionary<int, (int Generation, int Offset)>();
        foreach (Match m in ObjectStart().Matches(text))
        {
            objects[int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)] = (int.Parse(m.Groups["g"].Value, CultureInfo.InvariantCulture), m.Groups["n"].Index);
        }

        if (objects.Count == 0)
        {
            return null;
        }

        var size = objects.Keys.Max() + 1;
        var table = new StringBuilder();
        table.Append("\nxref\n0 ").Append(size.ToString(CultureInfo.InvariantCulture)).Append('\n');
        for (var n = 0; n < size; n++)
        {
            table.Append(objects.TryGetValue(n, out var o)
                ? string.Create(CultureInfo.InvariantCulture, $"{o.Offset:D10} {o.Generation:D5} n\r\n")
                : n == 0 ? "0000000000 65535 f\r\n" : "0000000000 00000 f\r\n");
        }

        var dictionary = Size().Replace(Prev().Replace(trailer.Groups["dict"].Value, ""), $"/Size {size}");
        var start = pdf.Length + 1; // the "xref" keyword follows the newline
        table.Append("trailer\n").Append(dictionary).Append("\nstartxref\n").Append(start.ToString(CultureInfo.InvariantCulture)).Append("\n%%EOF\n");
        return [.. pdf, .. Encoding.Latin1.GetBytes(table.ToString())];
    }

    [GeneratedRegex(@"(?<=^|[\r\n\s])(?<n>\d+)\s+(?<g>\d+)\s+obj\b")]
    private static partial Regex ObjectStart();

    [GeneratedRegex(@"trailer\s*(?<dict><<.*?>>)\s*startxref", RegexOptions.Singleline)]
    private static partial Regex Trailer();

    [GeneratedRegex(@"/Size\s+\d+")]
    private static partial Regex Size();

    [GeneratedRegex(@"/Prev\s+\d+")]
    private static partial Regex Prev();
}
