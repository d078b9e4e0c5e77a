using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace Eligibility.Evals.Reports;

/// <summary>Small inline SVG charts, so the report needs nothing from the network.</summary>
internal static class SvgCharts
{
    private const int Width = 520;
    private const int Height = 240;
    private const int Left = 44;
    private const int Bottom = 34;
    private const int Top = 24;

    /// <summary>A line through (label, value 0–1) points, e.g. recall at k = 1, 5, 10, 20.</summary>
    public static string Line(string title, IReadOnlyList<(string Label, double? Value)> points)
    {
        var svg = Frame(title);
        var plotWidth = Width - Left - 20;
        var step = points.Count > 1 ? plotWidth / (double)(points.Count - 1) : 0;
        var coords = points.Select((p, i) => (X: Left + (i * step), Y: Y(p.Value ?? 0), p.Label, p.Value)).ToList();
        svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"#1f6feb\" stroke-width=\"2.5\" points=\"{string.Join(' ', coords.Select(c => $"{F(c.X)},{F(c.Y)}"))}\"/>");
        foreach (var c in coords)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{F(c.X)}\" cy=\"{F(c.Y)}\" r=\"4\" fill=\"#1f6feb\"><title>{HtmlEncode(c.Label)}: {c.Value:0.###}</title></circle>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(c.X)}\" y=\"{Height - 14}\" text-anchor=\"middle\" class=\"axis\">{HtmlEncode(c.Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(c.X)}\" y=\"{F(c.Y - 9)}\" text-anchor=\"middle\" class=\"value\">{c.Value:0.00}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Grouped bars: per category, one bar per series (values 0–1).</summary>
    public static string Bars(string title, IReadOnlyList<string> categories, IReadOnlyList<(string Series, string Colour, IReadOnlyList<double?> Values)> series)
    {
        var svg = Frame(title);
        var plotWidth = Width - Left - 20;
        var band = plotWidth / (double)Math.Max(1, categories.Count);
        var barWidth = (band * 0.8) / Math.Max(1, series.Count);
        for (var c = 0; c < categories.Count; c++)
        {
            for (var s = 0; s < series.Count; s++)
            {
                var value = series[s].Values[c] ?? 0;
                var x = Left + (c * band) + (band * 0.1) + (s * barWidth);
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(x)}\" y=\"{F(Y(value))}\" width=\"{F(barWidth - 2)}\" height=\"{F(Y(0) - Y(value))}\" fill=\"{series[s].Colour}\"><title>{HtmlEncode(categories[c])} · {HtmlEncode(series[s].Series)}: {series[s].Values[c]:0.###}</title></rect>");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(Left + (c * band) + (band / 2))}\" y=\"{Height - 14}\" text-anchor=\"middle\" class=\"axis\">{HtmlEncode(Short(categories[c]))}</text>");
        }

        var legendX = Left;
        foreach (var (name, colour, _) in series)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{legendX}\" y=\"{Height - 8}\" width=\"10\" height=\"8\" fill=\"{colour}\"/><text x=\"{legendX + 14}\" y=\"{Height}\" class=\"axis\">{HtmlEncode(name)}</text>");
            legendX += 150;
        }

        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Frame(string title)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 {Width} {Height + 6}\" role=\"img\" aria-label=\"{HtmlEncode(title)}\" class=\"chart\">");
        foreach (var tick in new[] { 0.0, 0.25, 0.5, 0.75, 1.0 })
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - 10}\" y1=\"{F(Y(tick))}\" y2=\"{F(Y(tick))}\" class=\"grid\"/><text x=\"{Left - 6}\" y=\"{F(Y(tick) + 4)}\" text-anchor=\"end\" class=\"axis\">{tick:0.00}</text>");
        }

        return svg;
    }

    private static double Y(double value) => Top + ((Height - Bottom - Top) * (1 - Math.Clamp(value, 0, 1)));

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Short(string text) => text.Length > 14 ? text[..13] + "…" : text;
}
