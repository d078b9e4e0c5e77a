using Eligibility.Ingest.Reading;

namespace Eligibility.Tests.Readers;

/// <summary>Ligatures and special spaces are undone so that words match; other characters are left alone.</summary>
public sealed class TypographyTests
{
    [Theory]
    [InlineData("\uFB01nancial", "financial")]
    [InlineData("e\uFB00ective", "effective")]
    [InlineData("\uFB02oor", "floor")]
    [InlineData("o\uFB03ce", "office")]
    [InlineData("\uFB04uent", "ffluent")]
    [InlineData("42\u2009CFR\u00A0435.4", "42 CFR 435.4")]
    [InlineData("§\u202F435.912", "§ 435.912")]
    [InlineData("eligi\u200Bbility", "eligibility")]
    public void Ligatures_and_special_spaces_become_plain_text(string input, string expected) =>
        Assert.Equal(expected, Typography.Plain(input));

    [Theory]
    [InlineData("½ of the FPL")]
    [InlineData("m² — “quoted”")]
    [InlineData("plain ascii")]
    public void Other_characters_are_unchanged(string input) =>
        Assert.Same(input, Typography.Plain(input));
}
