using Eligibility.Core.Passages;
using Eligibility.Ingest.Chunking;
using Eligibility.Ingest.Pipeline;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Chunking;

/// <summary>
/// On the shared corpus, counted with the tokenizer: a passage cut from a section longer than the budget is
/// 250–450 tokens (a table, or a sentence over budget, is kept whole), and no cut falls inside a word.
/// </summary>
public sealed class PassageTokenBudgetTests
{
    public static TheoryData<string> Files => new("42-cfr-431_2019-10-01.pdf", "42-cfr-433_2019-10-01.pdf", "42-cfr-433_2020-11-02.pdf", "42-cfr-435_2019-10-01.pdf", "42-cfr-457_2019-10-01.pdf");

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Passages_cut_from_long_sections_are_250_to_450_tokens_and_no_word_is_cut(string file)
    {
        var path = SharedCorpus.Path("corpus", "pdf", file);
        var tokens = TokenCounter.Default;
        var parsed = await ManualParser.CreateDefault().ParseAsync(new IngestRequest(path, "m", "Manual", "v1", new DateOnly(2019, 10, 1)), TestContext.Current.CancellationToken);

        // A section's passages are consecutive and share its path. Two sections may share a path too (a subpart's own
        // text, a note after a section), but a run no longer than the budget cannot be one section cut.
        var cut = Runs(parsed.Passages).Where(r => r.Count > 1 && r.Sum(p => tokens.Count(p.Text)) > new ChunkerOptions().WholeUpTo).ToList();
        Assert.NotEmpty(cut);
        var outside = new List<string>();
        foreach (var section in cut)
        {
            var passages = section;
            foreach (var p in passages)
            {
                var count = tokens.Count(p.Text);
                Assert.Equal(count, p.TokenEstimate);
                if (count is < 250 or > 450 && !p.ContainsTable && !OneSentence(p.Text))
                {
                    outside.Add($"{p.Id} ({p.SectionPath.Leaf}): {count} tokens; the section's: {string.Join("/", passages.Select(x => tokens.Count(x.Text)))}; starts {p.Text[..Math.Min(60, p.Text.Length)]}");
                }
            }

            // Each cut falls on whitespace in the page text: the passage before ends, and the one after starts, at a word's edge.
            foreach (var (before, after) in passages.Zip(passages.Skip(1)))
            {
                var endPage = parsed.Pages.Single(pg => pg.Page == before.PageEnd).Text;
                var startPage = parsed.Pages.Single(pg => pg.Page == after.PageStart).Text;
                Assert.True(before.EndOffset >= endPage.Length || !char.IsLetterOrDigit(endPage[before.EndOffset]), $"{before.Id} ends inside a word: …{before.Text[^20..]}");
                Assert.True(after.StartOffset == 0 || !char.IsLetterOrDigit(startPage[after.StartOffset - 1]), $"{after.Id} starts inside a word: {after.Text[..20]}…");
            }
        }

        Assert.True(outside.Count == 0, $"{outside.Count} of {cut.Sum(g => g.Count)} cut passages outside 250–450 tokens: {string.Join("; ", outside.Take(10))}");
    }

    private static List<List<Passage>> Runs(IReadOnlyList<Passage> passages)
    {
        var runs = new List<List<Passage>>();
        foreach (var p in passages.OrderBy(p => p.Ordinal))
        {
            if (runs.Count > 0 && runs[^1][^1].SectionPath.ToString() == p.SectionPath.ToString() && runs[^1][^1].Ordinal == p.Ordinal - 1)
            {
                runs[^1].Add(p);
            }
            else
            {
                runs.Add([p]);
            }
        }

        return runs;
    }

    private static bool OneSentence(string text) => !System.Text.RegularExpressions.Regex.IsMatch(text.TrimEnd().TrimEnd('.', ';', ':'), @"[.;:]\s+[(\[A-Z0-9§""“]");
}
