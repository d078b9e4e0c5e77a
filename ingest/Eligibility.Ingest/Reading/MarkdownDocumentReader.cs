using System.Text.RegularExpressions;
using Eligibility.Ingest.Layout;
using Eligibility.Ingest.Structure;

namespace Eligibility.Ingest.Reading;

/// <summary>
/// Reads Markdown and plain text: '#' headings (or, in plain text, short numbered lines such as
/// "4.2 Property limits"), paragraphs separated by blank lines, list items, and pipe tables kept whole.
/// </summary>
public sealed partial class MarkdownDocumentReader : IDocumentReader
{
    [GeneratedRegex(@"^(#{1,6})\s+(.+?)\s*#*\s*$")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^\s*([-*+]|\d{1,3}[.)])\s+")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}")]
    private static partial Regex TableRule();

    public bool Accepts(string extension) => extension is ".md" or ".markdown" or ".txt";

    public async Task<ExtractedDocument> ReadAsync(string path, CancellationToken ct)
    {
        var markdown = !path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);
        var lines = (await TextFile.ReadAsync(path, ct)).Replace("\r\n", "\n").Split('\n');
        var blocks = new List<Block>();
        var paragraph = new List<string>();
        var table = new List<string>();
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (line.TrimStart().StartsWith('|'))
            {
                Flush();
                if (!TableRule().IsMatch(line))
                {
                    table.Add(string.Join(" | ", line.Trim().Trim('|').Split('|').Select(c => c.Trim())));
                }

                continue;
            }

            FlushTable();
            var heading = markdown ? AtxHeading().Match(line) : Match.Empty;
            if (heading.Success)
            {
                Flush();
                blocks.Add(new Block(BlockKind.Heading, Strip(heading.Groups[2].Value), []) { Level = heading.Groups[1].Length, Bold = true });
            }
            else if (!markdown && line.Length is > 0 and < 120 && !line.EndsWith('.') && HeadingKind.LevelOf(line.Trim()) is { } level && paragraph.Count == 0)
            {
                blocks.Add(new Block(BlockKind.Heading, line.Trim(), []) { Level = level, Bold = true });
            }
            else if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
            }
            else
            {
                if (ListItem().IsMatch(line))
                {
                    Flush();
                }

                paragraph.Add(line.Trim());
            }
        }

        Flush();
        FlushTable();
        if (blocks.Count == 0)
        {
            throw new UnreadableDocumentException(path, "no text found");
        }

        return new ExtractedDocument(path, null, [], blocks, []);

        void Flush()
        {
            if (paragraph.Count > 0)
            {
                blocks.Add(new Block(BlockKind.Paragraph, Strip(string.Join(' ', paragraph)), []));
                paragraph.Clear();
            }
        }

        void FlushTable()
        {
            if (table.Count > 0)
            {
                blocks.Add(new Block(BlockKind.Table, string.Join('\n', table.Select(Strip)), []));
                table.Clear();
            }
        }

        string Strip(string text) => markdown ? text.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal) : text;
    }
}
