using Eligibility.Core.Retrieval;

namespace Eligibility.Tests.Retrieval;

/// <summary>The light suffix stripper that lets question words meet passage words.</summary>
public sealed class StemmerTests
{
    [Theory]
    [InlineData("determination", "determine")]
    [InlineData("determined", "determine")]
    [InlineData("notices", "notice")]
    [InlineData("applies", "applying")]
    [InlineData("processes", "process")]
    [InlineData("Households", "household")]
    [InlineData("renewals", "renewal")]
    public void Forms_of_a_word_share_a_stem(string word, string other) =>
        Assert.Equal(Stemmer.Stem(other), Stemmer.Stem(word));

    [Theory]
    [InlineData("ssi", "ssi")]
    [InlineData("435.912", "435.912")]
    [InlineData("status", "status")]
    [InlineData("process", "process")]
    [InlineData("basis", "basis")]
    [InlineData("determination", "determin")]
    [InlineData("eligibility", "eligib")]
    public void Short_words_numbers_and_words_ending_in_ss_us_is_keep_their_ending(string word, string stem) =>
        Assert.Equal(stem, Stemmer.Stem(word));

    [Fact]
    public void Different_words_keep_different_stems()
    {
        Assert.NotEqual(Stemmer.Stem("income"), Stemmer.Stem("incomplete"));
        Assert.NotEqual(Stemmer.Stem("resident"), Stemmer.Stem("residence"));
    }

    [Theory]
    [InlineData("cases", "case")]
    [InlineData("rules", "rule")]
    [InlineData("dates", "date")]
    [InlineData("homes", "home")]
    [InlineData("based", "base")]
    [InlineData("applies", "apply")]
    [InlineData("supplies", "supply")]
    [InlineData("families", "family")]
    public void Inflected_forms_share_the_stem_of_the_base_word(string word, string other) =>
        Assert.Equal(Stemmer.Stem(other), Stemmer.Stem(word));
}
