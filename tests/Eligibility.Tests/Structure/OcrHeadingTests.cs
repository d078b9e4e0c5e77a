using Eligibility.Ingest.Layout;
using Eligibility.Ingest.Structure;
using static Eligibility.Tests.Structure.SyntheticBlocks;

namespace Eligibility.Tests.Structure;

/// <summary>OCR text has no weights: a lone short line numbered like a Part, Subpart or § heading is taken for one.</summary>
public sealed class OcrHeadingTests
{
    [Fact]
    public void Lone_numbered_ocr_line_becomes_a_section_heading()
    {
        var sections = StructureDetector.Detect(Document(
            Ocr("§ 435.603 Application of modified adjusted gross income.", lines: 1),
            Ocr("The agency must apply the financial methodologies in this section.", lines: 2)));

        var section = Assert.Single(sections);
        Assert.Equal("435.603", section.Number);
        Assert.Equal(["§ 435.603 Application of modified adjusted gross income"], section.Path.Segments);
    }

    [Theory]
    [InlineData("§ 435.603 Application of modified adjusted gross income.", 2)]
    [InlineData("3.2.1 Earned income", 1)]
    [InlineData("Eligibility requirements", 1)]
    public void Ocr_lines_that_are_wrapped_too_deep_or_unnumbered_stay_body_text(string text, int lines)
    {
        var sections = StructureDetector.Detect(Document(
            Ocr(text, lines),
            Ocr("The agency must apply the financial methodologies in this section.", lines: 2)));

        var section = Assert.Single(sections);
        Assert.Empty(section.Path.Segments);
    }

    [Fact]
    public void Same_line_from_a_text_pdf_needs_weight_or_size_to_be_a_heading()
    {
        var sections = StructureDetector.Detect(Document(
            Body("§ 435.603 Application of modified adjusted gross income."),
            Body("The agency must apply the financial methodologies in this section.")));

        Assert.Empty(Assert.Single(sections).Path.Segments);
    }

    private static Block Ocr(string text, int lines) =>
        Body(text) with { FromOcr = true, Spans = [.. Enumerable.Range(0, lines).Select(i => new TextSpan(1, i * 80, (i * 80) + 70, 72, 100 + (12 * i), 540, 110 + (12 * i)))] };
}
