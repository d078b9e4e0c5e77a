using System.Text.RegularExpressions;
using Eligibility.Core.Passages;
using Eligibility.Ingest.Layout;
using Eligibility.Ingest.Structure;

namespace Eligibility.Ingest.Chunking;

/// <summary>
/// Cuts sections into passages: never across a section boundary, only between paragraphs, lists and tables;
/// a paragraph longer than a passage is cut between sentences; a table is never cut.
/// </summary>
internal static partial class Chunker
{
    [GeneratedRegex(@"(?<=[.;:])\s+(?=[(\[A-Z0-9§""“])")]
    private static partial Regex SentenceBreak();

    public static List<Chunk> Split(IReadOnlyList<Section> sections, ChunkerOptions options)
    {
        var chunks = new List<Chunk>();
        foreach (var section in sections.Where(s => !IsBareHeading(s)))
        {
            var pieces = section.Blocks.SelectMany(b => Pieces(b, options)).ToList();
            var total = pieces.Sum(p => p.Tokens);
            var count = Math.Max(1, (int)Math.Ceiling(total / (double)options.MaxTokens));
            var target = count == 1 ? total : Math.Min(options.TargetTokens, total / count);
            var current = new List<Piece>();
            var size = 0;
            foreach (var piece in pieces)
            {
                if (current.Count > 0 && (size + piece.Tokens > options.MaxTokens || size >= target) && !IsHeadingOnly(current, section))
                {
                    chunks.Add(new Chunk(section, current));
                    current = [];
                    size = 0;
                }

                current.Add(piece);
                size += piece.Tokens;
            }

            if (current.Count > 0)
            {
                chunks.Add(new Chunk(section, current));
            }
        }

        return chunks;
    }

    // A heading with nothing under it (a subpart title before its first section) lives on in its sections' paths.
    private static bool IsBareHeading(Section section) => section.HasHeading && section.Blocks.Count == 1;

    // A heading is never left alone in a passage: it goes with the text that follows it.
    private static bool IsHeadingOnly(List<Piece> current, Section section) =>
        section.HasHeading && current.Count == 1 && ReferenceEquals(current[0].Block, section.Blocks[0]) && section.Blocks.Count > 1;

    private static IEnumerable<Piece> Pieces(Block block, ChunkerOptions options)
    {
        if (block.Kind == BlockKind.Table || TokenEstimate.Of(block.Text) <= options.MaxTokens)
        {
            yield return new Piece(block, 0, block.Text.Length);
            yield break;
        }

        var start = 0;
        var last = 0;
        foreach (Match m in SentenceBreak().Matches(block.Text))
        {
            if (TokenEstimate.Of(m.Index - start) > options.TargetTokens && last > start)
            {
                yield return new Piece(block, start, last);
                start = last + BreakLength(block.Text, last);
            }

            last = m.Index;
        }

        if (TokenEstimate.Of(block.Text.Length - start) > options.MaxTokens && last > start)
        {
            yield return new Piece(block, start, last);
            start = last + BreakLength(block.Text, last);
        }

        yield return new Piece(block, start, block.Text.Length);
    }

    private static int BreakLength(string text, int at)
    {
        var n = 0;
        while (at + n < text.Length && char.IsWhiteSpace(text[at + n]))
        {
            n++;
        }

        return n;
    }
}
