using System.Text.RegularExpressions;
using Eligibility.Ingest.Reading;

namespace Eligibility.Ingest.Layout;

/// <summary>
/// Finds running heads, running feet and page numbers: text in the top or bottom band of the page that
/// repeats across pages once digits are masked, or that is a bare page number. Position decides, not font,
/// because printed manuals set headers in the same face as body notes.
/// </summary>
internal static partial class FurnitureDetector
{
    private const double Band = 0.09;

    [GeneratedRegex(@"^(page\s*)?#(\s*(of|/)\s*#)?$|^[-–—]\s*#\s*[-–—]$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumberPattern();

    public static HashSet<TextRun> Detect(IReadOnlyList<PageLayout> pages)
    {
        var banded = pages
            .SelectMany(p => p.Runs.Where(r => !r.IsBlank).Select(r => (Page: p, Run: r, Band: BandOf(p, r))))
            .Where(x => x.Band != 0)
            .Select(x => (x.Page, x.Run, x.Band, Key: KeyOf(x.Run.Text)))
            .ToList();

        var textPages = pages.Count(p => p.Runs.Count > 0);
        var needed = textPages >= 4 ? Math.Max(3, (int)Math.Ceiling(textPages * 0.3)) : Math.Max(2, textPages);
        var repeated = banded
            .GroupBy(x => (x.Band, x.Key))
            .Where(g => g.Select(x => x.Page.Number).Distinct().Count() >= needed)
            .Select(g => g.Key)
            .ToHashSet();

        var furniture = new HashSet<TextRun>(ReferenceEqualityComparer.Instance);
        foreach (var x in banded)
        {
            if (repeated.Contains((x.Band, x.Key)) || PageNumberPattern().IsMatch(x.Key))
            {
                furniture.Add(x.Run);
            }
        }

        // Whatever shares a baseline with furniture inside the band is furniture too ("Pt. 435" beside the running head).
        foreach (var x in banded.Where(x => !furniture.Contains(x.Run)).ToList())
        {
            if (x.Page.Runs.Any(r => furniture.Contains(r) && Math.Abs(r.CenterY - x.Run.CenterY) < 2.5))
            {
                furniture.Add(x.Run);
            }
        }

        return furniture;
    }

    private static int BandOf(PageLayout page, TextRun run) =>
        run.Top < page.Height * Band ? -1 : run.Bottom > page.Height * (1 - Band) ? 1 : 0;

    /// <summary>The run's text with each run of digits as "#" and each run of spaces as one: "Page 12 of 40" is "Page # of #".</summary>
    private static string KeyOf(string text)
    {
        var key = new System.Text.StringBuilder(text.Length);
        bool inDigits = false, inSpaces = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsDigit(c))
            {
                key.Append(inDigits ? "" : "#");
                (inDigits, inSpaces) = (true, false);
            }
            else if (char.IsWhiteSpace(c))
            {
                key.Append(inSpaces ? "" : " ");
                (inDigits, inSpaces) = (false, true);
            }
            else
            {
                key.Append(c);
                (inDigits, inSpaces) = (false, false);
            }
        }

        return key.ToString();
    }
}
