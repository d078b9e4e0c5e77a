using System.Text;
using Eligibility.Core.Passages;

namespace Eligibility.Ingest.Layout;

/// <summary>Lays logical blocks (from HTML or Markdown) out as one page of text, so offsets work as for PDFs.</summary>
internal static class BlockDocument
{
    public static DocumentText From(IReadOnlyList<Block> blocks)
    {
        var text = new StringBuilder();
        var placed = new List<Block>(blocks.Count);
        foreach (var block in blocks)
        {
            var start = text.Length;
            text.Append(block.Text).Append('\n');
            placed.Add(block with { Spans = [new TextSpan(1, start, start + block.Text.Length, 0, 0, 0, 0)], LineOffsets = [0] });
        }

        return new DocumentText([new PageText(1, text.ToString(), false)], placed, 10);
    }
}
