using Eligibility.Core.Passages;
using Eligibility.Ingest.Chunking;
using Eligibility.Ingest.Structure;
using static Eligibility.Tests.Chunking.SyntheticSections;

namespace Eligibility.Tests.Chunking;

/// <summary>A heading always travels with the text under it, and a heading with nothing under it yields no passage.</summary>
public sealed class ChunkerHeadingTests
{
    private static readonly ChunkerOptions Options = new();

    [Fact]
    public void Heading_is_not_left_alone_when_the_first_paragraph_would_overflow_the_passage()
    {
        var heading = "§ 435.912 Timely determinations of eligibility for all applicants.";
        var sentences = Sentences("A", 4000).Text;
        var cut = sentences.Length;
        while (Options.Tokens.Count(sentences[..cut]) > Options.MaxTokens - 5)
        {
            cut = sentences.LastIndexOf(". ", cut - 1, StringComparison.Ordinal) + 1;
        }

        var body = Paragraph(sentences[..cut]);
        var section = Section(heading, body, Paragraph(Sentences("B", 600).Text));
        Assert.InRange(Options.Tokens.Count(body.Text), Options.MaxTokens - 30, Options.MaxTokens - 5);
        Assert.True(Options.Tokens.Count(heading + body.Text) > Options.MaxTokens - 5);

        var chunks = Chunker.Split([section], Options);

        Assert.Equal([section.Blocks[0], body], chunks[0].Pieces.Select(p => p.Block));
        Assert.DoesNotContain(chunks, c => c.Pieces.Count == 1 && ReferenceEquals(c.Pieces[0].Block, section.Blocks[0]));
    }

    [Fact]
    public void Section_whose_only_block_is_its_heading_produces_no_passage()
    {
        var subpart = new Section(new SectionPath(["Subpart B—Mandatory Coverage"]), null, [Heading("Subpart B—Mandatory Coverage")]) { HasHeading = true };
        var rule = new Section(
            new SectionPath(["Subpart B—Mandatory Coverage", "§ 435.110 Parents and other caretaker relatives"]),
            "435.110",
            [Heading("§ 435.110 Parents and other caretaker relatives."), Paragraph("The agency must provide Medicaid to parents.")]) { HasHeading = true };

        var chunks = Chunker.Split([subpart, rule], Options);

        var chunk = Assert.Single(chunks);
        Assert.Same(rule, chunk.Section);
    }

    [Fact]
    public void Bare_heading_ending_in_a_colon_produces_no_passage()
    {
        var sections = StructureDetector.Detect(new Eligibility.Ingest.Layout.DocumentText(
            [],
            [
                Heading("§ 435.4 Definitions."),
                Paragraph("As used in this part, the following terms apply."),
                Heading("Income definitions:"),
                Heading("3.2.1 Earned income"),
                Paragraph("Earned income means wages and self-employment income."),
            ],
            10));

        var chunks = Chunker.Split(sections, Options);

        Assert.DoesNotContain(chunks, c => c.Pieces.Count == 1 && c.Pieces[0].Text == "Income definitions:");
    }

    [Fact]
    public void Long_opening_paragraph_of_a_section_without_heading_is_still_split_within_max_tokens()
    {
        var opening = Sentences("Intro", 3000);
        var preamble = new Section(SectionPath.Root, null, [opening, Paragraph("A second, short paragraph.")]);

        var chunks = Chunker.Split([preamble], Options);

        Assert.All(chunks, c => Assert.InRange(c.Pieces.Sum(p => p.Tokens), 1, Options.MaxTokens));
    }
}
