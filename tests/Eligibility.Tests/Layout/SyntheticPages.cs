using Eligibility.Core.Passages;
using Eligibility.Ingest.Reading;

namespace Eligibility.Tests.Layout;

/// <summary>Hand-made US Letter pages (612 x 792 pt) with runs placed in PDF points from the top-left corner.</summary>
internal static class SyntheticPages
{
    public const double Width = 612;
    public const double Height = 792;
    public const double Margin = 72;
    public const double FullWidth = Width - (2 * Margin);

    /// <summary>A run whose box is as tall as its font size.</summary>
    public static TextRun Run(string text, double left, double top, double width = FullWidth, double size = 10, bool bold = false) =>
        new(text, left, top, width, size, size, bold, false);

    public static PageLayout Page(int number, IEnumerable<TextRun> runs) => new(number, Width, Height, [.. runs]);

    /// <summary>The non-empty lines of a page's text.</summary>
    public static string[] Lines(PageText page) => page.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
