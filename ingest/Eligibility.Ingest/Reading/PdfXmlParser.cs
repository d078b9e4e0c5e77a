using System.Globalization;
using System.Xml;
using System.Xml.Linq;

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
                    var element = (XElement)XNode.ReadFrom(reader);
                    var run = ToRun(element, fonts, zoom);
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

    private static TextRun? ToRun(XElement element, Dictionary<string, Font> fonts, double zoom)
    {
        var text = element.Value;
        if (text.Length == 0)
        {
            return null;
        }

        text = Typography.Plain(text);
        fonts.TryGetValue((string?)element.Attribute("font") ?? "", out var font);
        var bold = (font?.Bold ?? false) || (element.Elements("b").Any() && element.Nodes().All(n => n is XElement { Name.LocalName: "b" } || (n is XText t && string.IsNullOrWhiteSpace(t.Value))));
        var italic = (font?.Italic ?? false) || element.Elements("i").Any();
        var height = Num(element, "height") / zoom;
        return new TextRun(
            text,
            Num(element, "left") / zoom,
            Num(element, "top") / zoom,
            Num(element, "width") / zoom,
            height,
            font?.Size ?? height,
            bold,
            italic);
    }

    private static double Num(XmlReader reader, string name) =>
        double.TryParse(reader.GetAttribute(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0;

    private static int Int(XmlReader reader, string name) =>
        int.TryParse(reader.GetAttribute(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0;

    private static double Num(XElement element, string name) =>
        double.TryParse((string?)element.Attribute(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0;
}
