using System.Globalization;
using System.Text;
using System.Xml;

namespace Eligibility.Ingest.Reading;

/// <summary>Parses <c>pdftohtml -xml</c> output into positioned runs with font size and weight.</summary>
internal static class PdfXmlParser
{
    private sealed record Font(double Size, bool Bold, bool Italic);

    public static List<PageLayout> Parse(string xml, double zoom)
    {
        var pages = new List<PageLayout>();
        var fonts = new Dictionary<string, Font>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreWhitespace = true };
        using var reader = XmlReader.Create(new StringReader(xml), settings);

        List<TextRun>? runs = null;
        int number = 0;
        double width = 0, height = 0;
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                if (reader.NodeType == XmlNodeType.EndElement && reader.Name == "page" && runs is not null)
                {
                    pages.Add(new PageLayout(number, width, height, runs));
                    runs = null;
                }

                reader.Read();
                continue;
            }

            switch (reader.Name)
            {
                case "page":
                    number = Int(reader, "number");
                    width = Num(reader, "width") / zoom;
                    height = Num(reader, "height") / zoom;
                    runs = [];
                    if (reader.IsEmptyElement)
                    {
                        pages.Add(new PageLayout(number, width, height, runs));
                        runs = null;
                    }

                    reader.Read();
                    break;
                case "fontspec":
                    var family = reader.GetAttribute("family") ?? "";
                    fonts[reader.GetAttribute("id") ?? ""] = new Font(
                        Num(reader, "size") / zoom,
                        family.Contains("Bold", StringComparison.OrdinalIgnoreCase) || family.Contains("Black", StringComparison.OrdinalIgnoreCase),
                        family.Contains("Italic", StringComparison.OrdinalIgnoreCase) || family.Contains("Oblique", StringComparison.OrdinalIgnoreCase));
                    reader.Read();
                    break;
                case "text":
                    var run = ReadRun(reader, fonts, zoom);
                    if (run is not null)
                    {
                        runs?.Add(run);
                    }

                    break;
                default:
                    reader.Read();
                    break;
            }
        }

        return pages;
    }

    /// <summary>
    /// One <c>&lt;text&gt;</c> element, read in place: its text (all of it, markup inside dropped), bold when its font is
    /// or when it is wholly inside <c>&lt;b&gt;</c>, italic when its font is or it holds an <c>&lt;i&gt;</c>. Leaves the
    /// reader after the element.
    /// </summary>
    private static TextRun? ReadRun(XmlReader reader, Dictionary<string, Font> fonts, double zoom)
    {
        fonts.TryGetValue(reader.GetAttribute("font") ?? "", out var font);
        var (left, top, width, height) = (Num(reader, "left") / zoom, Num(reader, "top") / zoom, Num(reader, "width") / zoom, Num(reader, "height") / zoom);
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return null;
        }

        var depth = reader.Depth;
        var text = new StringBuilder();
        bool anyBold = false, allBold = true, anyItalic = false;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            var child = reader.Depth == depth + 1;
            if (reader.NodeType == XmlNodeType.Element && child)
            {
                anyBold |= reader.Name == "b";
                allBold &= reader.Name == "b";
                anyItalic |= reader.Name == "i";
            }
            else if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace)
            {
                text.Append(reader.Value);
                allBold &= !child || string.IsNullOrWhiteSpace(reader.Value);
            }

            reader.Read();
        }

        reader.Read();
        if (text.Length == 0)
        {
            return null;
        }

        return new TextRun(
            Typography.Plain(text.ToString()),
            left,
            top,
            width,
            height,
            font?.Size ?? height,
            (font?.Bold ?? false) || (anyBold && allBold),
            (font?.Italic ?? false) || anyItalic);
    }

    private static double Num(XmlReader reader, string name) =>
        double.TryParse(reader.GetAttribute(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0;

    private static int Int(XmlReader reader, string name) =>
        int.TryParse(reader.GetAttribute(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0;
}
