using Eligibility.Ingest.Pipeline;
using Eligibility.Ingest.Reading;
using Eligibility.Ingest.Structure;
using Eligibility.Tests.Support;
using static Eligibility.Tests.Structure.SyntheticBlocks;

namespace Eligibility.Tests.Structure;

/// <summary>A PDF's outline (bookmarks) names its headings: the lines it names become headings at its depth, whatever their font.</summary>
public sealed class OutlineHeadingTests
{
    [Fact]
    public void Lines_the_outline_names_are_headings_at_its_depth_and_other_bold_lines_are_body_text()
    {
        var document = Document(
            Body("OVERVIEW"),
            Body("Providers must keep time and attendance records."),
            Body("Rule Violations"),
            Body("Rule violations include failing to keep records for the penalty period."),
            Bold("penalty period"),
            Body("The penalty period is set by the department."),
            Body("LEGAL BASE"),
            Body("Public Act 1 of 2020."));
        OutlineEntry[] outline = [new("Overview", 0, null), new("Rule violations", 1, null), new("Legal base", 0, null)];

        var sections = StructureDetector.Detect(OutlineHeadings.Apply(document, outline));

        Assert.Equal(["OVERVIEW", "OVERVIEW > Rule Violations", "LEGAL BASE"], sections.Select(s => s.Path.ToString()));
        Assert.Contains(sections[1].Blocks, b => b.Text == "penalty period");
    }

    [Fact]
    public void An_outline_that_names_few_of_the_lines_leaves_the_fonts_to_decide()
    {
        var document = Document(
            Bold("Overview"),
            Body("Providers must keep time and attendance records."),
            Bold("Penalty period"),
            Body("The penalty period is set by the department."));
        OutlineEntry[] outline = [new("Overview", 0, null), new("Chapter two", 0, null), new("Chapter three", 0, null), new("Chapter four", 0, null)];

        var sections = StructureDetector.Detect(OutlineHeadings.Apply(document, outline));

        Assert.Equal(["Overview", "Penalty period"], sections.Select(s => s.Path.ToString()));
    }

    [Fact]
    public async Task A_bookmarked_state_manual_is_cut_into_the_sections_its_outline_names()
    {
        var path = SharedCorpus.Path("corpus", "parser-samples", "BEM_707_Time_and_Attendance_Reviews_2020-02-01.pdf");
        var outline = PdfFacts.Read(path)!.Outline;
        Assert.True(outline.Count >= 8, $"the sample's outline has {outline.Count} entries");

        var parsed = await ManualParser.CreateDefault().ParseAsync(new IngestRequest(path, "bem-707", "BEM 707", "2020-02", new DateOnly(2020, 2, 1)), TestContext.Current.CancellationToken);

        var leaves = parsed.Passages.Select(p => Key(p.SectionPath.Leaf)).Distinct().ToList();
        var titles = outline.Select(e => Key(e.Title)).ToHashSet();
        Assert.Equal(titles.Order(), leaves.Order());
    }

    private static string Key(string title) => string.Concat(title.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));
}
