using Eligibility.Ingest.Chunking;
using Eligibility.Ingest.Layout;
using static Eligibility.Tests.Chunking.SyntheticSections;

namespace Eligibility.Tests.Chunking;

/// <summary>Passages stay within MaxTokens, never cross a section boundary, and never cut a table.</summary>
public sealed class ChunkerSizeTests
{
    private static readonly ChunkerOptions Options = new();

    [Fact]
    public void Long_section_is_split_into_passages_no_larger_than_max_tokens()
    {
        var section = Section("§ 435.912 Timely determinations.", [.. Enumerable.Range(1, 12).Select(i => Sentences($"P{i}", 400 + (60 * (i % 4))))]);
        Assert.True(section.Blocks.Sum(b => b.Text.Length) / 4 > 3 * Options.MaxTokens);

        var chunks = Chunker.Split([section], Options);

        Assert.InRange(chunks.Count, 4, 8);
        Assert.All(chunks, c => Assert.InRange(c.Pieces.Sum(p => p.Tokens), 1, Options.MaxTokens));
        // Every block is covered once, in order; a paragraph cut in two is cut after a sentence.
        var pieces = chunks.SelectMany(c => c.Pieces).ToList();
        Assert.Equal(section.Blocks, pieces.Select(p => p.Block).Distinct());
        foreach (var block in section.Blocks)
        {
            var own = pieces.Where(p => ReferenceEquals(p.Block, block)).ToList();
            Assert.Equal(0, own[0].Start);
            Assert.Equal(block.Text.Length, own[^1].End);
            Assert.All(own.Zip(own.Skip(1)), pair => Assert.True(string.IsNullOrWhiteSpace(block.Text[pair.First.End..pair.Second.Start])));
            Assert.All(own.SkipLast(1), p => Assert.EndsWith(".", p.Text.TrimEnd()));
        }
    }

    [Fact]
    public void Passages_never_mix_two_sections_even_when_both_are_short()
    {
        var first = Section("§ 435.911 Determination of eligibility.", Paragraph("The agency must determine eligibility."));
        var second = Section("§ 435.912 Timely determinations.", Paragraph("The agency must act promptly."));

        var chunks = Chunker.Split([first, second], Options);

        Assert.Equal(2, chunks.Count);
        Assert.Same(first, chunks[0].Section);
        Assert.Same(second, chunks[1].Section);
        Assert.All(chunks, c => Assert.All(c.Pieces, p => Assert.Contains(p.Block, c.Section.Blocks)));
    }

    [Fact]
    public void Table_larger_than_max_tokens_stays_whole_in_one_passage()
    {
        var rows = Enumerable.Range(1, 60).Select(n => $"{n} | ${1000 + (n * 450)}. | ${12000 + (n * 5400)}. | Notes. See rule {n}.");
        var table = new Block(BlockKind.Table, "Household size | Monthly limit | Annual limit | Notes\n" + string.Join('\n', rows), []);
        Assert.True(table.Text.Length / 4 > Options.MaxTokens);
        var section = Section("3.4 Income limits", Paragraph("The limits are shown in the table."), table, Paragraph("Limits change every April."));

        var chunks = Chunker.Split([section], Options);

        var holding = Assert.Single(chunks, c => c.Pieces.Any(p => ReferenceEquals(p.Block, table)));
        var piece = Assert.Single(holding.Pieces, p => ReferenceEquals(p.Block, table));
        Assert.Equal((0, table.Text.Length), (piece.Start, piece.End));
    }

    [Fact]
    public void Paragraph_longer_than_max_tokens_is_split_between_sentences()
    {
        var paragraph = Sentences("A", 4000);
        var section = Section("§ 435.4 Definitions.", paragraph);

        var chunks = Chunker.Split([section], Options);

        var pieces = chunks.SelectMany(c => c.Pieces).Where(p => ReferenceEquals(p.Block, paragraph)).ToList();
        Assert.True(pieces.Count >= 3, $"{pieces.Count} pieces");
        Assert.All(pieces, p =>
        {
            Assert.StartsWith("Sentence ", p.Text, StringComparison.Ordinal);
            Assert.EndsWith("must follow.", p.Text, StringComparison.Ordinal);
            Assert.InRange(p.Tokens, 1, Options.MaxTokens);
        });
        Assert.Equal(paragraph.Text, string.Join(' ', pieces.Select(p => p.Text)));
        Assert.All(chunks, c => Assert.InRange(c.Pieces.Sum(p => p.Tokens), 1, Options.MaxTokens));
    }

    [Fact]
    public void Smaller_max_tokens_gives_more_passages()
    {
        var section = Section("§ 435.912 Timely determinations.", [.. Enumerable.Range(1, 8).Select(i => Sentences($"P{i}", 400))]);

        var defaults = Chunker.Split([section], Options);
        var small = Chunker.Split([section], new ChunkerOptions { MaxTokens = 150, TargetTokens = 120 });

        Assert.True(small.Count > defaults.Count, $"{small.Count} passages at 150 tokens, {defaults.Count} at 450");
        Assert.All(small, c => Assert.InRange(c.Pieces.Sum(p => p.Tokens), 1, 150));
    }
}
