using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace Eligibility.Ingest.Reading;

/// <summary>One entry of a PDF's outline (bookmarks): its title, depth (0 at the top) and page, when it names one.</summary>
public sealed record OutlineEntry(string Title, int Level, int? Page);

/// <summary>
/// What a PDF says about itself, read in-process with PdfPig: the page count its page tree declares, its title
/// and its outline. A cross-check on what Poppler extracted, and a structure signal; null when PdfPig cannot
/// open the file (Poppler repairs some files PdfPig rejects).
/// </summary>
public sealed record PdfFacts(int PageCount, string? Title, IReadOnlyList<OutlineEntry> Outline)
{
    public static PdfFacts? Read(string path)
    {
        try
        {
            using var document = PdfDocument.Open(path, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            return TryOf(document);
        }
#pragma warning disable CA1031 // PdfPig throws many kinds of exception on damaged files; none of them is more than "no facts"
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    /// <summary>The facts of a document already open; null when its catalogue cannot be read.</summary>
    public static PdfFacts? TryOf(PdfDocument document)
    {
        try
        {
            var outline = new List<OutlineEntry>();
            if (document.TryGetBookmarks(out var bookmarks))
            {
                Flatten(bookmarks.Roots, 0, outline);
            }

            var title = document.Information.Title;
            return new PdfFacts(document.NumberOfPages, string.IsNullOrWhiteSpace(title) ? null : title.Trim(), outline);
        }
#pragma warning disable CA1031 // as in Read: any failure means no facts
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    /// <summary>
    /// The pages (1-based) of the page tree that PdfPig cannot open: a page object gone or broken. Only asked
    /// when fewer pages were read than declared, since it parses every page.
    /// </summary>
    public static IReadOnlyList<int> PagesThatCannotBeOpened(string path, int pageCount)
    {
        var lost = new List<int>();
        try
        {
            using var document = PdfDocument.Open(path, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            for (var page = 1; page <= pageCount; page++)
            {
                try
                {
                    _ = document.GetPage(page);
                }
#pragma warning disable CA1031 // any failure to open the page is the answer
                catch (Exception)
                {
                    lost.Add(page);
                }
            }
        }
        catch (Exception)
#pragma warning restore CA1031
        {
            return [];
        }

        return lost;
    }

    private static void Flatten(IEnumerable<BookmarkNode> nodes, int level, List<OutlineEntry> into)
    {
        foreach (var node in nodes)
        {
            if (!string.IsNullOrWhiteSpace(node.Title))
            {
                into.Add(new OutlineEntry(node.Title.Trim(), level, node is DocumentBookmarkNode { PageNumber: > 0 } page ? page.PageNumber : null));
            }

            Flatten(node.Children, level + 1, into);
        }
    }
}
