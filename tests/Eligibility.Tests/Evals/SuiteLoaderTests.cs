using Eligibility.Evals.Suites;

namespace Eligibility.Tests.Evals;

/// <summary>The strict suite format: what loads, and the file:line of every kind of mistake.</summary>
public sealed class SuiteLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("eligibility-suite-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_valid_suite_loads_with_ids_dates_sources_facts_and_categories()
    {
        var path = Write("valid.yaml", """
            suite: samples
            description: Questions about the sample handbook
            cases:
              - id: property-2026
                question: Is there a property limit for one person?
                as_of: 2026-02-01
                answerable: true
                sources:
                  - manual: medi-cal-eligibility-handbook
                    section: "4.1"
                  - manual: medi-cal-eligibility-handbook
                    section: § 4.2
                facts: ["$130,000", "$65,000"]
                category: property
              - id: pomona
                question: Does the Pomona office take walk-ins?
                answerable: false
            """);

        var suite = SuiteLoader.Load(path);

        Assert.Equal("samples", suite.Name);
        Assert.Equal("Questions about the sample handbook", suite.Description);
        Assert.Equal(path, suite.File);
        Assert.Equal(["property-2026", "pomona"], suite.Cases.Select(c => c.Id));

        var first = suite.Cases[0];
        Assert.Equal(new DateOnly(2026, 2, 1), first.AsOf);
        Assert.True(first.Answerable);
        Assert.Equal(
            [new ExpectedSource("medi-cal-eligibility-handbook", "4.1"), new ExpectedSource("medi-cal-eligibility-handbook", "§ 4.2")],
            first.Sources);
        Assert.Equal(["$130,000", "$65,000"], first.Facts);
        Assert.Equal("property", first.Category);
        Assert.Equal("property", first.Group);

        var second = suite.Cases[1];
        Assert.Null(second.AsOf);
        Assert.False(second.Answerable);
        Assert.Empty(second.Sources);
        Assert.Empty(second.Facts);
        Assert.Null(second.Category);
        Assert.Equal("unanswerable", second.Group);
    }

    [Fact]
    public void An_unknown_key_in_a_case_names_the_key_line()
    {
        var error = LoadFails("unknown.yaml", """
            suite: s
            cases:
              - id: one
                question: What is the income limit?
                answerable: false
                expected_answer: nothing
            """);

        Assert.StartsWith("unknown.yaml:6:", error.Message, StringComparison.Ordinal);
        Assert.Contains("expected_answer", error.Message, StringComparison.Ordinal);
        Assert.Equal(6, error.Line);
    }

    [Fact]
    public void A_case_without_an_id_names_the_case_line()
    {
        var error = LoadFails("noid.yaml", """
            suite: s
            cases:
              - id: one
                question: First?
                answerable: false
              - question: Second?
                answerable: false
            """);

        Assert.StartsWith("noid.yaml:6:", error.Message, StringComparison.Ordinal);
        Assert.Contains("'id' is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_id_names_the_second_case_and_the_first_line()
    {
        var error = LoadFails("dup.yaml", """
            suite: s
            cases:
              - id: same
                question: First?
                answerable: false
              - id: other
                question: Second?
                answerable: false
              - id: same
                question: Third?
                answerable: false
            """);

        Assert.StartsWith("dup.yaml:9:", error.Message, StringComparison.Ordinal);
        Assert.Contains("'same'", error.Message, StringComparison.Ordinal);
        Assert.Contains("first at line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_impossible_date_names_the_as_of_line()
    {
        var error = LoadFails("date.yaml", """
            suite: s
            cases:
              - id: one
                question: What applied then?
                answerable: false
                as_of: 2021-02-30
            """);

        Assert.StartsWith("date.yaml:6:", error.Message, StringComparison.Ordinal);
        Assert.Contains("2021-02-30", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_on_an_unanswerable_case_name_the_sources_line()
    {
        var error = LoadFails("unanswerable.yaml", """
            suite: s
            cases:
              - id: one
                question: Does the Pomona office take walk-ins?
                answerable: false
                sources: [{ manual: handbook, section: "1.1" }]
            """);

        Assert.StartsWith("unanswerable.yaml:6:", error.Message, StringComparison.Ordinal);
        Assert.Contains("unanswerable but lists sources", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_answerable_case_without_sources_names_the_case_line()
    {
        var error = LoadFails("nosources.yaml", """
            suite: s
            description: d
            cases:
              - id: one
                question: Is there a property limit?
                answerable: true
                facts: ["$130,000"]
            """);

        Assert.StartsWith("nosources.yaml:4:", error.Message, StringComparison.Ordinal);
        Assert.Contains("answerable but lists no sources", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Answerable_must_be_true_or_false()
    {
        var error = LoadFails("types.yaml", """
            suite: s
            cases:
              - id: one
                question: Is there a property limit?
                answerable: maybe
            """);

        Assert.StartsWith("types.yaml:5:", error.Message, StringComparison.Ordinal);
        Assert.Contains("'maybe'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Facts_must_be_a_list()
    {
        var error = LoadFails("facts.yaml", """
            suite: s
            cases:
              - id: one
                question: Is there a property limit?
                answerable: true
                sources: [{ manual: handbook, section: "4.1" }]
                facts: $130,000
            """);

        Assert.StartsWith("facts.yaml:7:", error.Message, StringComparison.Ordinal);
        Assert.Contains("facts must be a list", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_yaml_names_the_line_of_the_syntax_error()
    {
        var error = LoadFails("syntax.yaml", """
            suite: s
            cases:
              - id: one
                question: "never closed
                answerable: false
            """);

        Assert.StartsWith("syntax.yaml:4:", error.Message, StringComparison.Ordinal);
        Assert.Contains("not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_cases_list_is_rejected()
    {
        var error = LoadFails("empty.yaml", """
            suite: s
            description: nothing yet
            cases: []
            """);

        Assert.StartsWith("empty.yaml:1:", error.Message, StringComparison.Ordinal);
        Assert.Contains("'cases' must be a non-empty list", error.Message, StringComparison.Ordinal);
    }

    private string Write(string name, string yaml)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, yaml.ReplaceLineEndings("\n") + "\n");
        return path;
    }

    private SuiteFormatException LoadFails(string name, string yaml) =>
        Assert.Throws<SuiteFormatException>(() => SuiteLoader.Load(Write(name, yaml)));
}
