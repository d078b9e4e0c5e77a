using System.Text.RegularExpressions;
using Eligibility.Ingest.Layout;
using Eligibility.Ingest.Structure;

namespace Eligibility.Ingest.Chunking;

/// <summary>
/// Cuts sections into passages, never across a section boundary. A section up to
/// <see cref="ChunkerOptions.WholeUpTo"/> tokens is one passage. A longer one is cut into passages of
/// <see cref="ChunkerOptions.MinTokens"/>–<see cref="ChunkerOptions.MaxTokens"/> tokens by an optimal partition of
/// its sentences: cuts between paragraphs, lists and tables cost nothing, cuts between sentences cost a little,
/// and sizes are kept near an even share. A table or a sentence over budget is kept whole; no word is cut.
/// </summary>
internal static partial class Chunker
{
    [GeneratedRegex(@"(?<=[.;:])\s+(?=[(\[A-Z0-9§""“])")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WordBreak();

    /// <summary>What a cut between two sentences of one paragraph costs, against a cut between blocks.</summary>
    private const double SentenceCut = 2.0;

    /// <summary>
    /// Tokens kept clear of the budget's top: sizes are sums of the sentences' counts, and the passage's own count differs
    /// by a few where sentences meet ("\n\n" after a full stop is one token with it), so a sum at the edge can land over.
    /// </summary>
    private const int JoinSlack = 5;

    /// <summary>What a cut inside a sentence costs: between words, or where a sentence runs on from one block into the next.</summary>
    private const double RunOnCut = 12.0;

    public static List<Chunk> Split(IReadOnlyList<Section> sections, ChunkerOptions options)
    {
        var chunks = new List<Chunk>();
        foreach (var section in sections.Where(s => !IsBareHeading(s)))
        {
            var atoms = section.Blocks.SelectMany(b => Atoms(b, options)).ToList();
            var total = atoms.Sum(a => a.Tokens);
            if (total <= options.WholeUpTo)
            {
                chunks.Add(new Chunk(section, Merge(atoms)));
                continue;
            }

            var cuts = Partition(section, atoms, total, options);
            if (Short(atoms, cuts, options) > 0)
            {
                // No cut between sentences gives every passage its minimum: cut between words instead, where it must.
                var words = section.Blocks.SelectMany(b => Atoms(b, options, words: true)).ToList();
                var finer = Partition(section, words, total, options);
                if (Short(words, finer, options) < Short(atoms, cuts, options))
                {
                    (atoms, cuts) = (words, finer);
                }
            }

            for (var i = 0; i + 1 < cuts.Count; i++)
            {
                chunks.Add(new Chunk(section, Merge(atoms.GetRange(cuts[i], cuts[i + 1] - cuts[i]))));
            }
        }

        return chunks;
    }

    // A heading with nothing under it (a subpart title before its first section) lives on in its sections' paths.
    private static bool IsBareHeading(Section section) => section.HasHeading && section.Blocks.Count == 1;

    /// <summary>The sentences (or, with <paramref name="words"/>, the words) of a block, each with its token count; a table is one.</summary>
    private static IEnumerable<Piece> Atoms(Block block, ChunkerOptions options, bool words = false)
    {
        if (block.Kind == BlockKind.Table)
        {
            yield return new Piece(block, 0, block.Text.Length, options.Tokens.Count(block.Text));
            yield break;
        }

        // Counted with the space before them, as the tokenizer sees them inside the passage, so the sums hold.
        var start = 0;
        foreach (Match m in (words ? WordBreak() : SentenceBreak()).Matches(block.Text))
        {
            if (m.Index > start)
            {
                yield return new Piece(block, start, m.Index, options.Tokens.Count((start > 0 ? " " : "") + block.Text[start..m.Index]));
            }

            start = m.Index + m.Length;
        }

        yield return new Piece(block, start, block.Text.Length, options.Tokens.Count((start > 0 ? " " : "") + block.Text[start..]));
    }

    /// <summary>How many passages of a partition are under the minimum (a lone atom over the maximum is not).</summary>
    private static int Short(List<Piece> atoms, List<int> cuts, ChunkerOptions options)
    {
        var count = 0;
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var size = atoms.Skip(cuts[i]).Take(cuts[i + 1] - cuts[i]).Sum(a => a.Tokens);
            count += size < options.MinTokens ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// The cut positions (indexes into <paramref name="atoms"/>, from 0 to its count) that minimise the cost of
    /// the passages: each between the minimum and the maximum (a single atom over the maximum stands alone), near
    /// an even share of the section, cut between blocks where possible. A passage under the minimum is allowed
    /// only at a high cost, when nothing else fits (a short paragraph beside a table larger than the budget).
    /// </summary>
    private static List<int> Partition(Section section, List<Piece> atoms, int total, ChunkerOptions options)
    {
        var target = Share(total, options);
        var n = atoms.Count;
        var prefix = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            prefix[i + 1] = prefix[i] + atoms[i].Tokens;
        }

        var cutBefore = new double[n];
        for (var i = 1; i < n; i++)
        {
            cutBefore[i] = CutCost(atoms[i - 1], atoms[i]);
        }

        var best = new double[n + 1];
        var from = new int[n + 1];
        Array.Fill(best, double.PositiveInfinity);
        best[0] = 0;
        for (var end = 1; end <= n; end++)
        {
            for (var start = end - 1; start >= 0; start--)
            {
                var size = prefix[end] - prefix[start];
                var single = end - start == 1;
                if (size > options.MaxTokens - JoinSlack && !single)
                {
                    break;
                }

                if (double.IsPositiveInfinity(best[start]) || HeadingAlone(section, atoms, start, end))
                {
                    continue;
                }

                var deviation = (size - target) / 50.0;
                var cost = best[start] + (deviation * deviation)
                    + cutBefore[start]
                    + (size < options.MinTokens && !(single && size > options.MaxTokens) ? 50 + ((options.MinTokens - size) / 10.0) : 0);
                if (cost < best[end])
                {
                    best[end] = cost;
                    from[end] = start;
                }
            }
        }

        var cuts = new List<int> { n };
        for (var at = n; at > 0; at = from[at])
        {
            cuts.Add(from[at]);
        }

        cuts.Reverse();
        return cuts;
    }

    /// <summary>
    /// What cutting between two atoms costs: nothing between blocks, a little between sentences, and much more
    /// inside a sentence that runs on into the next block (a paragraph broken by a page end).
    /// </summary>
    private static double CutCost(Piece before, Piece after)
    {
        var end = before.Text.TrimEnd();
        var start = after.Text.TrimStart();
        var sentenceEnds = end.Length == 0 || start.Length == 0 || ".;:)".Contains(end[^1], StringComparison.Ordinal) || !char.IsLower(start[0]);
        if (!sentenceEnds)
        {
            return RunOnCut;
        }

        return ReferenceEquals(before.Block, after.Block) ? SentenceCut : 0;
    }

    /// <summary>An even share of the section near the target size, and never under the minimum when the section allows.</summary>
    private static double Share(int total, ChunkerOptions options)
    {
        var share = total / Math.Ceiling(total / (double)options.TargetTokens);
        return share >= options.MinTokens ? share : total / Math.Ceiling(total / (double)options.MaxTokens);
    }

    // A heading is never left alone in a passage: it goes with the text that follows it.
    private static bool HeadingAlone(Section section, List<Piece> atoms, int start, int end) =>
        section.HasHeading && start == 0 && end < atoms.Count && atoms.Take(end).All(a => ReferenceEquals(a.Block, section.Blocks[0]));

    /// <summary>Consecutive atoms of one block joined into one piece, so a passage's text keeps the block's own spacing.</summary>
    private static List<Piece> Merge(List<Piece> atoms)
    {
        var pieces = new List<Piece>();
        foreach (var atom in atoms)
        {
            if (pieces.Count > 0 && ReferenceEquals(pieces[^1].Block, atom.Block))
            {
                var last = pieces[^1];
                pieces[^1] = last with { End = atom.End, Tokens = last.Tokens + atom.Tokens };
            }
            else
            {
                pieces.Add(atom);
            }
        }

        return pieces;
    }
}
