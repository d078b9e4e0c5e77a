using Eligibility.Ingest.Layout;
using Eligibility.Ingest.Structure;
using static Eligibility.Tests.Structure.SyntheticBlocks;

namespace Eligibility.Tests.Structure;

/// <summary>A leading printed table of contents ("Sec." then "435.2 Purpose…" entries) is left out of the sections.</summary>
public sealed class TableOfContentsTests
{
    [Fact]
    public void Leading_contents_with_interleaved_subpart_headings_are_excluded_and_real_sections_kept()
    {
        var sections = StructureDetector.Detect(Document(
            Bold("PART 435—ELIGIBILITY IN THE STATES"),
            Body("Sec."),
            Bold("Subpart A—General Provisions and Definitions"),
            Body("435.2 Purpose and applicability. 435.3 Basis. 435.4 Definitions and use of terms."),
            Bold("Subpart B—Mandatory Coverage"),
            Body("435.110 Parents and other caretaker relatives. 435.116 Pregnant women."),
            Bold("Subpart A—General Provisions and Definitions"),
            Bold("§ 435.2 Purpose and applicability."),
            Body("This part sets forth the requirements for the State's Medicaid eligibility rules."),
            Bold("§ 435.3 Basis."),
            Body("This part implements the following sections of the Act."),
            Bold("Subpart B—Mandatory Coverage"),
            Bold("§ 435.110 Parents and other caretaker relatives."),
            Body("The agency must provide Medicaid to parents and other caretaker relatives.")));

        var texts = sections.SelectMany(s => s.Blocks).Select(b => b.Text).ToList();
        Assert.DoesNotContain("Sec.", texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("435.", StringComparison.Ordinal));
        Assert.Equal(["435.2", "435.3", "435.110"], sections.Where(s => s.Number is not null).Select(s => s.Number));
        Assert.Equal(
            "This part sets forth the requirements for the State's Medicaid eligibility rules.",
            sections.Single(s => s.Number == "435.2").Blocks[1].Text);
        Assert.Equal("§ 435.110 Parents and other caretaker relatives", sections[^1].Path.Leaf);
        Assert.Equal("Subpart B—Mandatory Coverage", sections[^1].Path.Segments[^2]);
    }

    [Fact]
    public void Contents_do_not_change_the_section_paths_of_the_real_sections()
    {
        Block[] body =
        [
            Bold("Subpart A—General Provisions and Definitions"),
            Bold("§ 435.2 Purpose and applicability."),
            Body("This part sets forth the requirements for the State's Medicaid eligibility rules."),
            Bold("§ 435.3 Basis."),
            Body("This part implements the following sections of the Act."),
        ];
        Block[] contents =
        [
            Body("Sec."),
            Bold("Subpart A—General Provisions and Definitions"),
            Body("435.2 Purpose and applicability. 435.3 Basis."),
        ];
        var title = Bold("PART 435—ELIGIBILITY IN THE STATES");

        var without = StructureDetector.Detect(Document([title, .. body]));
        var with = StructureDetector.Detect(Document([title, .. contents, .. body]));

        Assert.Equal(["Subpart A—General Provisions and Definitions", "§ 435.2 Purpose and applicability"], without.Single(s => s.Number == "435.2").Path.Segments);
        Assert.Equal(without.Select(s => s.Path.ToString()), with.Select(s => s.Path.ToString()));
    }

    [Fact]
    public void Numbered_list_after_the_first_real_section_is_not_taken_for_contents()
    {
        var sections = StructureDetector.Detect(Document(
            Bold("§ 435.4 Definitions."),
            Body("As used in this part:"),
            Bold("§ 435.10 State plan."),
            Body("435.10 Applies. 435.11 Applies too. 435.12 Also applies.")));

        Assert.Contains(sections.SelectMany(s => s.Blocks), b => b.Text.StartsWith("435.10 Applies", StringComparison.Ordinal));
    }
}
