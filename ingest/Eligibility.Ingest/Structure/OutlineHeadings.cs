using Eligibility.Ingest.Layout;
using Eligibility.Ingest.Reading;

namespace Eligibility.Ingest.Structure;

/// <summary>
/// A PDF's outline (bookmarks) as a heading signal. A block whose words are an outline entry's title, on the page
/// the entry points to, is a heading, nested as deep as the entry: the author said so, whatever its font. A
/// heading numbered like a rule ("§ 435.4", "3.2") keeps the level its number gives. Entries that match no block
/// (a title worded differently on the page) change nothing; the fonts still decide there, unless the outline
/// names nearly every heading, when a bold or larger line it leaves out is body text.
/// </summary>
internal static class OutlineHeadings
{
    /// <summary>
    /// When this share of an outline's entries (and at least <see cref="MinimumNamed"/>) is found on the pages, the
    /// outline is taken as the whole heading structure: other unnumbered lines in bold or larger type are body text.
    /// </summary>
    private const double NamedShare = 0.8;

    private const int MinimumNamed = 3;

    public static DocumentText Apply(DocumentText text, IReadOnlyList<OutlineEntry> outline)
    {
        if (outline.Count == 0)
        {
            return text;
        }

        var blocks = text.Blocks.ToArray();
        var keys = blocks.Select(b => b.Kind is BlockKind.Paragraph or BlockKind.Heading ? Key(b.Text) : "").ToArray();
        var taken = new bool[blocks.Length];
        var after = 0;
        foreach (var entry in outline)
        {
            var key = Key(entry.Title);
            if (key.Length == 0)
            {
                continue;
            }

            var found = Find(blocks, keys, taken, key, entry.Page, entry.Page is null ? after : 0);
            if (found < 0)
            {
                continue;
            }

            taken[found] = true;
            after = found + 1;
            var block = blocks[found];
            blocks[found] = block with { Kind = BlockKind.Heading, Level = HeadingKind.LevelOf(block.Text) ?? block.Level ?? entry.Level + 1 };
        }

        var matched = taken.Count(t => t);
        return matched == 0 ? text : text with { Blocks = blocks, HeadingsFromOutline = matched >= MinimumNamed && matched >= outline.Count * NamedShare };
    }

    private static int Find(Block[] blocks, string[] keys, bool[] taken, string key, int? page, int from)
    {
        for (var i = from; i < blocks.Length; i++)
        {
            if (!taken[i] && keys[i] == key && (page is not { } p || blocks[i].Spans.Any(s => s.Page == p)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Letters and digits only, lower case: "Reconsidera- tions" and "RECONSIDERATIONS" are one title.</summary>
    private static string Key(string title) =>
        title.Length > 250 ? "" : string.Concat(title.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));
}
