using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Eligibility.Ingest.Layout;

namespace Eligibility.Ingest.Reading;

/// <summary>Reads HTML manuals: h1–h6 become headings, paragraphs and list items blocks, tables stay whole.</summary>
public sealed class HtmlDocumentReader : IDocumentReader
{
    private static readonly HashSet<string> Paragraphs = ["P", "LI", "DT", "DD", "BLOCKQUOTE", "PRE", "CAPTION", "FIGCAPTION"];

    public bool Accepts(string extension) => extension is ".html" or ".htm";

    public async Task<ExtractedDocument> ReadAsync(string path, CancellationToken ct)
    {
        var source = await TextFile.ReadAsync(path, ct);
        var document = await new HtmlParser().ParseDocumentAsync(source, ct);
        var blocks = new List<Block>();
        Walk(document.Body ?? document.DocumentElement, blocks);
        if (blocks.Count == 0)
        {
            throw new UnreadableDocumentException(path, "no text found in the HTML body");
        }

        return new ExtractedDocument(path, document.Title, [], blocks, []);
    }

    private static readonly HashSet<string> Inline = ["A", "ABBR", "B", "BR", "CITE", "CODE", "EM", "I", "MARK", "Q", "S", "SMALL", "SPAN", "STRONG", "SUB", "SUP", "TIME", "U"];

    /// <summary>Headings, tables and paragraph elements become blocks; loose text between them becomes paragraphs too.</summary>
    private static void Walk(IElement element, List<Block> blocks)
    {
        var loose = new System.Text.StringBuilder();
        foreach (var node in element.ChildNodes)
        {
            if (node is not IElement child)
            {
                if (node is IText)
                {
                    loose.Append(node.TextContent);
                }

                continue;
            }

            var tag = child.TagName;
            if (tag is "SCRIPT" or "STYLE" or "NAV" or "NOSCRIPT" or "TEMPLATE")
            {
                continue;
            }

            if (Inline.Contains(tag))
            {
                loose.Append(tag == "BR" ? " " : TextOf(child));
                continue;
            }

            Add(blocks, BlockKind.Paragraph, loose.ToString(), null);
            loose.Clear();
            if (tag.Length == 2 && tag[0] == 'H' && char.IsAsciiDigit(tag[1]))
            {
                Add(blocks, BlockKind.Heading, TextOf(child), tag[1] - '0');
            }
            else if (tag == "TABLE")
            {
                var rows = child.QuerySelectorAll("tr")
                    .Select(r => string.Join(" | ", r.Children.Select(c => Clean(TextOf(c)))))
                    .Where(r => r.Length > 0);
                Add(blocks, BlockKind.Table, string.Join('\n', rows), null);
            }
            else if (Paragraphs.Contains(tag) && !child.Children.Any(c => c.TagName is "P" or "UL" or "OL" or "TABLE" or "DIV"))
            {
                Add(blocks, BlockKind.Paragraph, TextOf(child), null);
            }
            else
            {
                Walk(child, blocks);
            }
        }

        Add(blocks, BlockKind.Paragraph, loose.ToString(), null);
    }

    /// <summary>An element's text with line breaks as spaces (TextContent runs "a&lt;br&gt;b" together) and comments left out.</summary>
    private static string TextOf(INode node)
    {
        var text = new System.Text.StringBuilder();
        Collect(node, text);
        return text.ToString();

        static void Collect(INode node, System.Text.StringBuilder text)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText t:
                        text.Append(t.Data);
                        break;
                    case IElement { TagName: "BR" }:
                        text.Append(' ');
                        break;
                    case IElement { TagName: "SCRIPT" or "STYLE" }:
                        break;
                    case IElement e:
                        Collect(e, text);
                        break;
                }
            }
        }
    }

    private static void Add(List<Block> blocks, BlockKind kind, string text, int? level)
    {
        var clean = kind == BlockKind.Table ? text : Clean(text);
        if (clean.Length > 0)
        {
            blocks.Add(new Block(kind, clean, []) { Level = level, Bold = kind == BlockKind.Heading });
        }
    }

    private static string Clean(string text) => ReadingOrder.Clean(Typography.Plain(text));
}
