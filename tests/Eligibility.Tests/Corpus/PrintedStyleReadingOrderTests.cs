using System.Text.Json;
using System.Text.RegularExpressions;
using Eligibility.Ingest.Pipeline;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Corpus;

/// <summary>
/// The printed-style Part 435 (outer-edge running heads, page-number feet, footnotes) must read in order:
/// checked paragraph by paragraph against the ground truth shipped beside it.
/// </summary>
public sealed partial class PrintedStyleReadingOrderTests
{
    [Fact]
    public async Task Paragraphs_come_out_whole_and_in_source_order_with_no_furniture()
    {
        var pdf = SharedCorpus.Path("corpus", "parser-samples", "42-cfr-435_2019-10-01_printed-style.pdf");
        using var expected = JsonDocument.Parse(await File.ReadAllTextAsync(Path.ChangeExtension(pdf, null) + ".expected.json", TestContext.Current.CancellationToken));
        var parsed = await ManualParser.CreateDefault().ParseAsync(
            new IngestRequest(pdf, "printed-435", "Printed-style Part 435", "2019-10-01", new DateOnly(2019, 10, 1)), TestContext.Current.CancellationToken);

        var passages = parsed.Passages.Select(p => Squash(p.Text)).ToList();
        var total = 0;
        var wholeInOrder = 0;
        var cursor = (Passage: 0, Offset: 0);
        foreach (var section in expected.RootElement.GetProperty("sections").EnumerateArray())
        {
            var starts = section.GetProperty("paragraphs").EnumerateArray().Select(e => Squash(e.GetString()!)).ToList();
            var ends = section.GetProperty("paragraph_ends").EnumerateArray().Select(e => Squash(e.GetString()!)).ToList();
            var words = section.GetProperty("paragraph_word_counts").EnumerateArray().Select(e => e.GetInt32()).ToList();
            for (var i = 0; i < starts.Count; i++)
            {
                total++;
                if (FindWhole(passages, cursor, starts[i], ends[i], words[i]) is { } found)
                {
                    wholeInOrder++;
                    cursor = found;
                }
            }
        }

        var ratio = wholeInOrder / (double)total;
        Assert.True(ratio >= 0.98, $"{wholeInOrder} of {total} paragraphs whole and in order ({ratio:P1}); at least 98% expected");

        var furniture = expected.RootElement.GetProperty("running_header_fixed_strings").EnumerateArray().Select(e => e.GetString()!).ToList();
        foreach (var passage in parsed.Passages)
        {
            Assert.DoesNotContain(furniture, f => passage.Text.Contains(f, StringComparison.Ordinal));
        }

        var pageNumberLines = parsed.Pages.SelectMany(p => p.Text.Split('\n')).Count(l => BarePageNumber().IsMatch(l.Trim()));
        Assert.Equal(0, pageNumberLines);
    }

    /// <summary>The paragraph's first words, then its last words after about its length, inside one passage, after the cursor.</summary>
    private static (int Passage, int Offset)? FindWhole(List<string> passages, (int Passage, int Offset) cursor, string start, string end, int words)
    {
        for (var p = cursor.Passage; p < passages.Count; p++)
        {
            var from = p == cursor.Passage ? cursor.Offset : 0;
            var at = passages[p].IndexOf(start, from, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var endAt = passages[p].IndexOf(end, at, StringComparison.Ordinal);
            return endAt >= 0 && endAt + end.Length - at <= (words * 12) + 40 ? (p, endAt + end.Length) : null;
        }

        return null;
    }

    private static string Squash(string text) => Whitespace().Replace(text.Replace('\u2009', ' '), "").Replace("-", "", StringComparison.Ordinal);

    [GeneratedRegex(@"[\s\u00AD]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^[1-9][0-9]?$")]
    private static partial Regex BarePageNumber();
}
