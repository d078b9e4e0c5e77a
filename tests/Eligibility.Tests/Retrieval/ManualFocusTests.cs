using Eligibility.Core.Manuals;
using Eligibility.Core.Retrieval;

namespace Eligibility.Tests.Retrieval;

/// <summary>A program name is a manual's subject when that manual uses it often and far more than the manuals together do.</summary>
public sealed class ManualFocusTests
{
    private static readonly ManualVersionKey Chip = new("42-cfr-457", "2019-10-01");
    private static readonly ManualVersionKey Medicaid = new("42-cfr-435", "2019-10-01");

    private static readonly Dictionary<ManualVersionKey, TermStatistics> ByVersion = new()
    {
        [Chip] = new(256, new Dictionary<string, int> { ["chip"] = 63, ["medicaid"] = 150, ["ssi"] = 1 }),
        [Medicaid] = new(269, new Dictionary<string, int> { ["chip"] = 9, ["medicaid"] = 240, ["ssi"] = 30 }),
    };

    private static readonly TermStatistics All = new(828, new Dictionary<string, int> { ["chip"] = 97, ["medicaid"] = 600, ["ssi"] = 45 });

    [Fact]
    public void A_name_a_manual_is_about_is_that_manuals_subject()
    {
        var subjects = ManualFocus.SubjectsOf([["chip"]], ByVersion, All);
        Assert.Equal(["chip"], subjects[Chip]);
        Assert.Empty(subjects[Medicaid]);
    }

    [Fact]
    public void A_name_every_manual_uses_points_nowhere() =>
        Assert.All(ManualFocus.SubjectsOf([["medicaid"]], ByVersion, All).Values, Assert.Empty);

    [Fact]
    public void Another_name_for_it_counts_as_the_name() =>
        Assert.Equal(["separate program"], ManualFocus.SubjectsOf([["separate program", "chip"]], ByVersion, All)[Chip]);

    [Fact]
    public void The_names_come_from_the_question()
    {
        var plan = QueryPlan.For("A family is fighting our CHIP denial. Who may represent them at the review?", Thesaurus.Default);
        Assert.Contains(ManualFocus.NamesOf(plan), forms => forms.Contains("chip"));
    }
}
