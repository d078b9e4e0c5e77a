using Eligibility.Core.Passages;
using Eligibility.Ingest.Layout;

namespace Eligibility.Ingest.Structure;

/// <summary>
/// Builds the section outline from blocks: headings are recognised by weight or size and levelled by their
/// numbering (Part/Chapter, Subpart/Article, §, 4.2.3); a leading table of contents is left out.
/// </summary>
public static class StructureDetector
{
    private const int MaxHeadingLength = 250;

    public static IReadOnlyList<Section> Detect(DocumentText document)
    {
        var blocks = document.Blocks;
        var levels = blocks.Select(b => HeadingLevel(b, document.BodyFontSize, document.HeadingsFromOutline)).ToArray();
        var excluded = ContentsBlocks(blocks, levels);

        var sections = new List<Section>();
        var stack = new List<(int Level, string Title)>();
        var current = new List<Block>();
        string? number = null;
        var headed = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (excluded[i])
            {
                continue;
            }

            if (levels[i] is { } level)
            {
                Close();
                stack.RemoveAll(s => s.Level >= level);
                stack.Add((level, Title(blocks[i].Text)));
                number = HeadingKind.NumberOf(blocks[i].Text) ?? (level == HeadingKind.Minor ? number : null);
                headed = true;
            }

            current.Add(blocks[i]);
        }

        Close();
        return StripSingleTitle(sections);

        void Close()
        {
            if (current.Count > 0)
            {
                sections.Add(new Section(new SectionPath(stack.Select(s => s.Title).ToList()), number, [.. current]) { HasHeading = headed });
                current.Clear();
                headed = false;
            }
        }
    }

    private static int? HeadingLevel(Block block, double bodySize, bool headingsFromOutline)
    {
        if (block.Kind == BlockKind.Heading)
        {
            return block.Level ?? HeadingKind.LevelOf(block.Text) ?? HeadingKind.Minor;
        }

        if (block.Kind != BlockKind.Paragraph || block.Text.Length > MaxHeadingLength || block.Spans.Count > 4 || !block.Text.Any(char.IsLetter))
        {
            return null;
        }

        var larger = block.FontSize >= bodySize * 1.15;
        if (block.FromOcr && !block.Bold && !larger)
        {
            // OCR knows no weights: a lone short line numbered like a heading ("§ 435.603 Application of …") is one.
            return block.Spans.Count == 1 && block.Text.Length <= 120 && HeadingKind.LevelOf(block.Text) is { } numbered && numbered <= 3 ? numbered : null;
        }

        if (!block.Bold && !larger)
        {
            return null;
        }

        if (headingsFromOutline && HeadingKind.LevelOf(block.Text) is null)
        {
            return null; // the outline named the headings, and this line is not among them
        }

        return HeadingKind.LevelOf(block.Text)
            ?? (block.FontSize >= bodySize * 1.4 ? 1 : larger ? 2 : HeadingKind.Minor);
    }

    /// <summary>Blocks of a leading table of contents, headings inside it included.</summary>
    private static bool[] ContentsBlocks(IReadOnlyList<Block> blocks, int?[] levels)
    {
        var excluded = new bool[blocks.Count];
        var inContents = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (levels[i] is { } level)
            {
                var next = NextBody(blocks, levels, i);
                // A heading right before the contents is part of them ("Subpart A" listing its sections), unless
                // it is the document's title.
                var listsContents = next is not null && TableOfContents.Opens(next) && (inContents || level > 1);
                if (listsContents)
                {
                    inContents = true;
                    excluded[i] = true;
                }
                else if (inContents)
                {
                    inContents = false;
                }

                if (HeadingKind.IsSection(level) && !listsContents)
                {
                    break; // the first real section: contents only ever come before it
                }

                continue;
            }

            if (!inContents && TableOfContents.Opens(blocks[i]))
            {
                inContents = true;
            }

            if (inContents)
            {
                if (!TableOfContents.IsEntries(blocks[i]) && !TableOfContents.IsStart(blocks[i]) && blocks[i].Text.Length > 200)
                {
                    inContents = false;
                    continue;
                }

                excluded[i] = true;
            }
        }

        return excluded;
    }

    private static Block? NextBody(IReadOnlyList<Block> blocks, int?[] levels, int from)
    {
        for (var j = from + 1; j < blocks.Count; j++)
        {
            if (levels[j] is null)
            {
                return blocks[j];
            }
        }

        return null;
    }

    /// <summary>A document with a single top-level title (the part or manual name) keeps it out of deeper paths.</summary>
    private static List<Section> StripSingleTitle(List<Section> sections)
    {
        var roots = sections.Where(s => s.Path.Segments.Count > 0).Select(s => s.Path.Segments[0]).Distinct().ToList();
        if (roots.Count != 1)
        {
            return sections;
        }

        return sections
            .Select(s => s.Path.Segments.Count > 1 ? s with { Path = new SectionPath(s.Path.Segments.Skip(1).ToList()) } : s)
            .ToList();
    }

    private static string Title(string heading)
    {
        var text = ReadingText(heading).TrimEnd('.', ' ', ':');
        return text.Length > 160 ? text[..160] + "…" : text;
    }

    private static string ReadingText(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
