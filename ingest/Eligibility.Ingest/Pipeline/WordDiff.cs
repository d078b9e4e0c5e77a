using DiffPlex;
using DiffPlex.Chunkers;

namespace Eligibility.Ingest.Pipeline;

/// <summary>What a run of words did between two texts.</summary>
public enum WordChange
{
    Same,
    Removed,
    Added,
}

/// <summary>A run of words, kept, taken out or put in.</summary>
public sealed record WordRun(WordChange Change, string Text);

/// <summary>
/// Word-level differences between two versions of a section's text (DiffPlex, by words), so a reviewer sees that
/// "$2,000" became "$130,000" rather than two paragraphs that differ somewhere. Words are split at spaces only, so
/// an amount stays one word; whitespace is normalised first, so a line broken differently is not a change. A run of
/// one or two kept words between two changes ("the", "of a") is folded into them, so a rewritten sentence reads as
/// one change, not as a comb of single words.
/// </summary>
public static class WordDiff
{
    public static IReadOnlyList<WordRun> Between(string before, string after)
    {
        var result = Differ.Instance.CreateDiffs(Normalise(before), Normalise(after), ignoreWhiteSpace: false, ignoreCase: false, Spaces);
        var runs = new List<WordRun>();
        var a = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(runs, WordChange.Same, result.PiecesOld, a, block.DeleteStartA - a);
            Add(runs, WordChange.Removed, result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Add(runs, WordChange.Added, result.PiecesNew, block.InsertStartB, block.InsertCountB);
            a = block.DeleteStartA + block.DeleteCountA;
        }

        Add(runs, WordChange.Same, result.PiecesOld, a, result.PiecesOld.Count - a);
        return Fold(runs);
    }

    private static readonly DelimiterChunker Spaces = new([' ']);

    private const int FoldedWords = 2;

    /// <summary>Kept runs of up to <see cref="FoldedWords"/> words between changes become part of both sides of one change.</summary>
    private static List<WordRun> Fold(List<WordRun> runs)
    {
        var folded = new List<WordRun>();
        var removed = "";
        var added = "";
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            var between = run.Change == WordChange.Same && (removed.Length > 0 || added.Length > 0) && i + 1 < runs.Count
                && run.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= FoldedWords;
            if (run.Change == WordChange.Removed || between)
            {
                removed += run.Text;
            }

            if (run.Change == WordChange.Added || between)
            {
                added += run.Text;
            }

            if (run.Change == WordChange.Same && !between)
            {
                Flush();
                folded.Add(run);
            }
        }

        Flush();
        return folded;

        void Flush()
        {
            if (removed.Length > 0)
            {
                folded.Add(new WordRun(WordChange.Removed, removed));
            }

            if (added.Length > 0)
            {
                folded.Add(new WordRun(WordChange.Added, added));
            }

            (removed, added) = ("", "");
        }
    }

    private static void Add(List<WordRun> runs, WordChange change, IReadOnlyList<string> pieces, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }

        var text = string.Concat(Enumerable.Range(start, count).Select(i => pieces[i]));
        if (runs.Count > 0 && runs[^1].Change == change)
        {
            runs[^1] = runs[^1] with { Text = runs[^1].Text + text };
        }
        else
        {
            runs.Add(new WordRun(change, text));
        }
    }

    /// <summary>The text with every run of whitespace as one space: how two versions' texts are compared.</summary>
    internal static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
