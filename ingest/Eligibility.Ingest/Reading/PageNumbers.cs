namespace Eligibility.Ingest.Reading;

/// <summary>Page numbers as a warning names them to policy staff.</summary>
internal static class PageNumbers
{
    /// <summary>Pages as a caseworker reads them: "page 3", "pages 3, 7–9".</summary>
    public static string Ranges(IReadOnlyList<int> pages)
    {
        var ranges = new List<string>();
        for (var i = 0; i < pages.Count; i++)
        {
            var start = pages[i];
            while (i + 1 < pages.Count && pages[i + 1] == pages[i] + 1)
            {
                i++;
            }

            ranges.Add(start == pages[i] ? $"{start}" : $"{start}–{pages[i]}");
        }

        return (pages.Count == 1 ? "page " : "pages ") + string.Join(", ", ranges);
    }

    /// <summary>Every page listed: "page 3", "pages 3, 4, 7".</summary>
    public static string Listed(IReadOnlyList<int> pages) => (pages.Count == 1 ? "page " : "pages ") + string.Join(", ", pages);
}
