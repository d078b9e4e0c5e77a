using Eligibility.Core.Manuals;
using Eligibility.Core.Passages;
using Eligibility.Ingest.Chunking;
using Eligibility.Ingest.Layout;
using Eligibility.Ingest.Structure;

namespace Eligibility.Tests.Chunking;

/// <summary>Passages get ordinal ids, the page range their text spans, a context header and a content hash.</summary>
public sealed class PassageBuilderTests
{
    private static readonly ManualVersionKey Key = new("m", "v");
    private static readonly DateOnly Effective = new(2024, 7, 1);
    private static readonly SectionPath Path = new(["Subpart J—Eligibility in the States", "§ 435.912 Timely determinations"]);

    [Fact]
    public void Ids_pages_offsets_header_and_section_come_from_the_chunks()
    {
        var heading = new Block(BlockKind.Paragraph, "§ 435.912 Timely determinations.", [Span(3, 100, 132, top: 700)]) { Bold = true, LineOffsets = [0] };
        var body = TwoPageParagraph("The agency must establish", "timeliness standards.");
        var section = new Section(Path, "435.912", [heading, body]);
        var table = new Block(BlockKind.Table, "Days | Applicant\n45 | All others", [Span(5, 0, 16, top: 100), Span(5, 17, 27, top: 112)]) { LineOffsets = [0, 17] };
        var second = new Section(Path, "435.912", [table]);

        var passages = PassageBuilder.Build([Chunk(section, heading, body), Chunk(second, table)], Key, "42 CFR Part 435", Effective);

        Assert.Equal(["m@v#0001", "m@v#0002"], passages.Select(p => p.Id));
        Assert.Equal([1, 2], passages.Select(p => p.Ordinal));
        var first = passages[0];
        Assert.Equal((3, 4), (first.PageStart, first.PageEnd));
        Assert.Equal((100, 21), (first.StartOffset, first.EndOffset));
        Assert.Equal("§ 435.912 Timely determinations.\n\nThe agency must establish timeliness standards.", first.Text);
        Assert.Equal("435.912", first.SectionNumber);
        Assert.Equal(Path, first.SectionPath);
        Assert.Equal("42 CFR Part 435 > Subpart J—Eligibility in the States > § 435.912 Timely determinations (effective 2024-07-01)", first.ContextHeader);
        Assert.Equal([3, 4], first.Regions.Select(r => r.Page));
        Assert.Equal(TokenCounter.Default.Count(first.Text), first.TokenEstimate);
        Assert.False(first.ContainsTable);
        Assert.True(passages[1].ContainsTable);
        Assert.Equal((5, 5), (passages[1].PageStart, passages[1].PageEnd));
    }

    [Fact]
    public void Passage_without_a_section_path_is_filed_under_the_manual_title()
    {
        var body = new Block(BlockKind.Paragraph, "Introductory text.", [Span(1, 0, 18)]) { LineOffsets = [0] };

        var passage = Assert.Single(PassageBuilder.Build([Chunk(new Section(SectionPath.Root, null, [body]), body)], Key, "Eligibility Handbook", Effective));

        Assert.Equal(["Eligibility Handbook"], passage.SectionPath.Segments);
        Assert.Equal("Eligibility Handbook > Eligibility Handbook (effective 2024-07-01)", passage.ContextHeader);
    }

    [Fact]
    public void Content_hash_is_stable_for_the_same_text_and_changes_when_the_text_changes()
    {
        string HashOf(string text)
        {
            var block = new Block(BlockKind.Paragraph, text, [Span(1, 0, text.Length)]) { LineOffsets = [0] };
            return Assert.Single(PassageBuilder.Build([Chunk(new Section(Path, null, [block]), block)], Key, "T", Effective)).ContentHash;
        }

        var original = HashOf("The agency must decide within 45 days.");

        Assert.Equal(original, HashOf("The agency must decide within 45 days."));
        Assert.NotEqual(original, HashOf("The agency must decide within 90 days."));
        Assert.Matches("^[0-9a-f]{64}$", original);
    }

    /// <summary>A paragraph whose first line ends page 3 and whose second line starts page 4.</summary>
    private static Block TwoPageParagraph(string line1, string line2) =>
        new(BlockKind.Paragraph, line1 + " " + line2, [Span(3, 133, 133 + line1.Length, top: 712), Span(4, 0, line2.Length, top: 72)])
        {
            LineOffsets = [0, line1.Length + 1],
        };

    private static TextSpan Span(int page, int start, int end, double top = 100) => new(page, start, end, 72, top, 540, top + 10);

    private static Chunk Chunk(Section section, params Block[] blocks) =>
        new(section, [.. blocks.Select(b => new Piece(b, 0, b.Text.Length, TokenCounter.Default.Count(b.Text)))]);
}
