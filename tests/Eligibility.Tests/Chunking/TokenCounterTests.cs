using System.Text;
using System.Text.RegularExpressions;
using Eligibility.Core.Passages;
using Eligibility.Tests.Support;
using Microsoft.ML.Tokenizers;

namespace Eligibility.Tests.Chunking;

/// <summary>The counter's own split of o200k_base text gives the library's counts, exactly, on manual text and on text built to trip it.</summary>
public sealed partial class TokenCounterTests
{
    private static readonly Tokenizer Library = TiktokenTokenizer.CreateForEncoding("o200k_base");

    [Theory]
    [InlineData("§ 435.4 Definitions and use of terms.\n\n(a) The agency must—\n(1) Determine eligibility;")]
    [InlineData("don't DON'T We'll they're I've I'M he'd CFR's ABCdef McDonald iPhone aBC 'n' rock'n'roll")]
    [InlineData("1234567 12 $2,000.00 45.5% 1/2 ½ ² 2019-10-01")]
    [InlineData("a  b   c\t\td \n\n  e\r\n\r\nf   \n\t  g  ")]
    [InlineData("(a)(1)(i) [text] “quoted” ‘single’ — dash … ellipsis.\n\n/path/to\n/ ./\n\n")]
    [InlineData(" (a) ( b) .x ,y ;\nz \u00a0word\u00a0\u00a0x \u2003y")]
    [InlineData("café naïve Ünited résumé")]
    [InlineData("text <|endoftext|> more")]
    [InlineData("\u0001\u0002control\u007f and \v\f spacing x\u0085y")]
    public void Counts_match_the_library(string text) =>
        Assert.Equal(Library.CountTokens(text), TokenCounter.Default.Count(text));

    [Fact]
    public void Counts_match_the_library_on_regulation_text()
    {
        var xml = File.ReadAllText(SharedCorpus.Path("corpus", "source", "federal_42cfr_govinfo_2019", "CFR-2019-title42-vol4.xml"));
        var paragraphs = Tag().Replace(xml[..Math.Min(xml.Length, 3_000_000)], "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.True(paragraphs.Length > 1000, $"{paragraphs.Length} paragraphs");

        var wrong = paragraphs.Where(p => Library.CountTokens(p) != TokenCounter.Default.Count(p)).Take(3).ToList();
        Assert.Empty(wrong);
    }

    [Fact]
    public void Counts_match_the_library_on_random_text()
    {
        const string alphabet = "aAbZz'sStTrReEvVlLmMdD 0123\t\n\r/.,;:()-§—“”\u00a0½";
        var random = new Random(20261204);
        for (var i = 0; i < 20_000; i++)
        {
            var text = new StringBuilder();
            for (var length = random.Next(1, 24); length > 0; length--)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var s = text.ToString();
            Assert.True(Library.CountTokens(s) == TokenCounter.Default.Count(s), $"\"{Regex.Escape(s)}\": library {Library.CountTokens(s)}, counter {TokenCounter.Default.Count(s)}");
        }
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
