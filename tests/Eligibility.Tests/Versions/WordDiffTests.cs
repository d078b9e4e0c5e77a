using Eligibility.Ingest.Pipeline;

namespace Eligibility.Tests.Versions;

/// <summary>Word-level differences a reviewer can read: amounts stay whole, line breaks are no change, small kept words fold into the change around them.</summary>
public sealed class WordDiffTests
{
    [Fact]
    public void An_amount_that_changed_is_one_word_taken_out_and_one_put_in()
    {
        var runs = WordDiff.Between("The limit is $2,000 for one person.", "The limit is $130,000 for one person.");

        Assert.Equal(
            [new(WordChange.Same, "The limit is "), new(WordChange.Removed, "$2,000"), new(WordChange.Added, "$130,000"), new(WordChange.Same, " for one person.")],
            runs);
    }

    [Fact]
    public void Text_broken_into_lines_differently_has_no_change()
    {
        var runs = WordDiff.Between("The agency must\nmail the notice.", "The agency   must mail\nthe notice.");

        Assert.All(runs, r => Assert.Equal(WordChange.Same, r.Change));
    }

    [Fact]
    public void One_or_two_kept_words_between_changes_fold_into_one_change()
    {
        var runs = WordDiff.Between("Workers must not deny coverage because of property.", "Workers should explain the limit because of renewal rules.");

        Assert.Equal(WordChange.Same, runs[0].Change);
        Assert.Equal("Workers ", runs[0].Text);
        Assert.Single(runs, r => r.Change == WordChange.Removed);
        Assert.Single(runs, r => r.Change == WordChange.Added);
    }
}
