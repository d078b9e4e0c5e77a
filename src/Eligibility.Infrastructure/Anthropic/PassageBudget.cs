using Eligibility.Core.Passages;
using Eligibility.Core.Retrieval;

namespace Eligibility.Infrastructure.Anthropic;

/// <summary>
/// Caps the passages one request carries at <see cref="ClaudeOptions.MaxPassageTokens"/>: passages are kept in rank
/// order while their tokens (title and text, as sent) fit; the rest are dropped from the end, so the kept ones keep
/// their search-result indexes. The best passage is always sent.
/// </summary>
internal static class PassageBudget
{
    public static IReadOnlyList<RetrievedPassage> Fit(IReadOnlyList<RetrievedPassage> passages, int maxTokens, out IReadOnlyList<string> dropped)
    {
        var kept = new List<RetrievedPassage>(passages.Count);
        var used = 0;
        foreach (var p in passages)
        {
            var tokens = TokenCounter.Default.Count(SearchResultTitle.For(p.Passage)) + TokenCounter.Default.Count(PlantedInstructions.Withhold(p.Passage.Text));
            if (kept.Count > 0 && used + tokens > maxTokens)
            {
                break;
            }

            kept.Add(p);
            used += tokens;
        }

        dropped = [.. passages.Skip(kept.Count).Select(p => p.Passage.Id)];
        return kept;
    }
}
