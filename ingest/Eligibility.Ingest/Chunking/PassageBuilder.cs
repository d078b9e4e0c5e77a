using System.Security.Cryptography;
using System.Text;
using Eligibility.Core.Manuals;
using Eligibility.Core.Passages;
using Eligibility.Ingest.Layout;

namespace Eligibility.Ingest.Chunking;

/// <summary>Turns chunks into passages: ids, pages, offsets, regions, the contextual header and the content hash.</summary>
internal static class PassageBuilder
{
    public static List<Passage> Build(IReadOnlyList<Chunk> chunks, ManualVersionKey key, string title, DateOnly effective, TokenCounter? tokens = null)
    {
        var passages = new List<Passage>(chunks.Count);
        foreach (var chunk in chunks)
        {
            var first = chunk.Pieces[0];
            var last = chunk.Pieces[^1];
            var (pageStart, startOffset) = first.Block.Locate(first.Start);
            var (pageEnd, endOffset) = last.Block.Locate(last.End);
            var text = string.Join("\n\n", chunk.Pieces.Select(p => p.Text.Trim()));
            var path = chunk.Section.Path.Segments.Count > 0 ? chunk.Section.Path : new SectionPath([title]);
            var ordinal = passages.Count + 1;
            passages.Add(new Passage
            {
                Id = Passage.MakeId(key, ordinal),
                ManualId = key.ManualId,
                Version = key.Version,
                ManualTitle = title,
                EffectiveDate = effective,
                Ordinal = ordinal,
                SectionPath = path,
                SectionNumber = chunk.Section.Number,
                PageStart = pageStart,
                PageEnd = pageEnd,
                StartOffset = startOffset,
                EndOffset = endOffset,
                Text = text,
                ContextHeader = ContextHeader(title, path, effective),
                ContentHash = Hash(path + "\n" + text),
                TokenEstimate = (tokens ?? TokenCounter.Default).Count(text),
                ContainsTable = chunk.Pieces.Any(p => p.Block.Kind == BlockKind.Table),
                FromOcr = chunk.Pieces.Any(p => p.Block.FromOcr),
                Regions = Regions(chunk.Pieces),
            });
        }

        return passages;
    }

    /// <summary>The header indexed with every passage (never shown as its text): manual, outline, effective date.</summary>
    public static string ContextHeader(string title, SectionPath path, DateOnly effective) =>
        $"{title} > {path} (effective {effective:yyyy-MM-dd})";

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static List<PageRegion> Regions(IReadOnlyList<Piece> pieces) =>
        pieces.SelectMany(p => p.Block.Spans.Where((s, i) => Covers(p, i)))
            .GroupBy(s => s.Page)
            .Select(g => new PageRegion(g.Key, g.Min(s => s.Left), g.Min(s => s.Top), g.Max(s => s.Right), g.Max(s => s.Bottom)))
            .ToList();

    private static bool Covers(Piece piece, int line)
    {
        var offsets = piece.Block.LineOffsets;
        if (offsets.Count == 0)
        {
            return true;
        }

        var lineStart = offsets[line];
        var lineEnd = line + 1 < offsets.Count ? offsets[line + 1] : piece.Block.Text.Length;
        return lineStart < piece.End && lineEnd > piece.Start;
    }
}
