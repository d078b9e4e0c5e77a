using Eligibility.Ingest.Structure;

namespace Eligibility.Tests.Structure;

/// <summary>Heading numbering gives the outline level (Part/Chapter 1, Subpart/Article 2, § 3, 3.2.1 by depth) and the number.</summary>
public sealed class HeadingKindTests
{
    [Theory]
    [InlineData("PART 435—ELIGIBILITY IN THE STATES, DISTRICT OF COLUMBIA", 1)]
    [InlineData("Chapter 3 Income", 1)]
    [InlineData("Subpart J—Eligibility in the States and District of Columbia", 2)]
    [InlineData("Article 2 Resources", 2)]
    [InlineData("§ 435.912 Timely determinations of eligibility.", 3)]
    [InlineData("§§ 435.850-435.852 Residence", 3)]
    [InlineData("3.2 Countable income", 3)]
    [InlineData("3.2.1 Earned income", 4)]
    [InlineData("3.2.1.4 Self-employment", 5)]
    public void Level_follows_the_numbering(string heading, int level) =>
        Assert.Equal(level, HeadingKind.LevelOf(heading));

    [Theory]
    [InlineData("The applicant must provide proof of income.")]
    [InlineData("Countable income")]
    [InlineData("2024 income standards")]
    [InlineData("Parties to the agreement")]
    public void Unnumbered_text_has_no_level(string text) =>
        Assert.Null(HeadingKind.LevelOf(text));

    [Theory]
    [InlineData("§ 435.912 Timely determinations.", "435.912")]
    [InlineData("3.2.1 Earned income", "3.2.1")]
    [InlineData("§§ 435.850-435.852 Residence", "435.850-435.852")]
    [InlineData("§§ 435.850 – 435.852 Residence", "435.850–435.852")]
    [InlineData("Sec. 431.10 Single State agency.", "431.10")]
    [InlineData("4.2. Property limits", "4.2")]
    public void Number_is_read_from_the_heading(string heading, string number) =>
        Assert.Equal(number, HeadingKind.NumberOf(heading));

    [Theory]
    [InlineData("Subpart J—Eligibility in the States")]
    [InlineData("Chapter 3 Income")]
    [InlineData("Eligibility requirements")]
    public void Groupings_and_plain_titles_have_no_number(string heading) =>
        Assert.Null(HeadingKind.NumberOf(heading));

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    [InlineData(HeadingKind.Minor, false)]
    public void Only_numbered_rules_are_sections(int level, bool isSection) =>
        Assert.Equal(isSection, HeadingKind.IsSection(level));
}
