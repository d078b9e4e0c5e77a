using Eligibility.Ingest.Structure;
using static Eligibility.Tests.Structure.SyntheticBlocks;

namespace Eligibility.Tests.Structure;

/// <summary>Section paths nest by heading level, siblings replace each other, and a lone top-level title is dropped.</summary>
public sealed class SectionPathTests
{
    [Fact]
    public void Sections_nest_under_their_subpart_and_a_sibling_pops_the_previous_one()
    {
        var sections = StructureDetector.Detect(Document(
            Bold("Subpart J—Eligibility in the States"),
            Bold("§ 435.911 Determination of eligibility."),
            Body("The agency must establish procedures for determining eligibility."),
            Bold("§ 435.912 Timely determinations."),
            Body("The agency must establish timeliness and performance standards."),
            Bold("Subpart K—Federal Financial Participation"),
            Bold("§ 435.1001 FFP for administration."),
            Body("Federal matching is available for necessary administrative costs.")));

        Assert.Equal(
            [
                "Subpart J—Eligibility in the States",
                "Subpart J—Eligibility in the States > § 435.911 Determination of eligibility",
                "Subpart J—Eligibility in the States > § 435.912 Timely determinations",
                "Subpart K—Federal Financial Participation",
                "Subpart K—Federal Financial Participation > § 435.1001 FFP for administration",
            ],
            sections.Select(s => s.Path.ToString()));
        Assert.Equal([null, "435.911", "435.912", null, "435.1001"], sections.Select(s => s.Number));
    }

    [Fact]
    public void Each_section_starts_with_its_heading_and_holds_the_body_until_the_next_heading()
    {
        var sections = StructureDetector.Detect(Document(
            Bold("§ 435.911 Determination of eligibility."),
            Body("First paragraph."),
            Body("Second paragraph."),
            Bold("§ 435.912 Timely determinations."),
            Body("Third paragraph.")));

        Assert.Equal(2, sections.Count);
        Assert.Equal(["§ 435.911 Determination of eligibility.", "First paragraph.", "Second paragraph."], sections[0].Blocks.Select(b => b.Text));
        Assert.Equal(["§ 435.912 Timely determinations.", "Third paragraph."], sections[1].Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_single_top_level_title_is_stripped_from_deeper_paths()
    {
        var sections = StructureDetector.Detect(Document(
            Bold("PART 435—ELIGIBILITY IN THE STATES"),
            Bold("Subpart A—General Provisions"),
            Bold("§ 435.2 Purpose."),
            Body("This part sets forth requirements for Medicaid eligibility."),
            Bold("Subpart B—Mandatory Coverage"),
            Bold("§ 435.110 Parents and other caretaker relatives."),
            Body("The agency must provide Medicaid to parents and caretaker relatives.")));

        var purpose = sections.Single(s => s.Number == "435.2");
        Assert.Equal(["Subpart A—General Provisions", "§ 435.2 Purpose"], purpose.Path.Segments);
        Assert.Equal(["Subpart B—Mandatory Coverage", "§ 435.110 Parents and other caretaker relatives"], sections[^1].Path.Segments);
        Assert.DoesNotContain(sections, s => s.Path.Segments.Count > 1 && s.Path.Segments[0].StartsWith("PART", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_top_level_titles_are_both_kept_in_paths()
    {
        var sections = StructureDetector.Detect(Document(
            Bold("Chapter 3 Income"),
            Bold("3.2 Countable income"),
            Body("Countable income includes wages and benefits."),
            Bold("Chapter 4 Resources"),
            Bold("4.2 Property limits"),
            Body("The resource limit is two thousand dollars.")));

        Assert.Equal(["Chapter 3 Income", "3.2 Countable income"], sections[1].Path.Segments);
        Assert.Equal(["Chapter 4 Resources", "4.2 Property limits"], sections[3].Path.Segments);
    }
}
