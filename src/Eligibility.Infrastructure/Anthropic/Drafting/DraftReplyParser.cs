using System.Text;
using System.Text.RegularExpressions;
using Anthropic.Models.Messages;
using Eligibility.Core.Answering;
using Eligibility.Core.Determinations;
using Eligibility.Core.Retrieval;
using Microsoft.Extensions.Logging;

namespace Eligibility.Infrastructure.Anthropic.Drafting;

/// <summary>
/// Reads Claude's final reply into a <see cref="DrafterOutput"/>. With citations on, the reply is several text
/// blocks, each with the <c>search_result_location</c> citations of its own text; the blocks are joined, read as
/// <c>OUTCOME:</c> / <c>SUMMARY:</c> / <c>STEP:</c> / <c>MISSING:</c> lines, and each block's citations go to every
/// step its text falls in. Nothing is judged here: the citations and figures are verified by the caller.
/// </summary>
internal static partial class DraftReplyParser
{
    public static DrafterOutput Parse(Message reply, IReadOnlyList<RetrievedPassage> passages, string promptHash, ILogger logger)
    {
        var text = new StringBuilder();
        var cited = new List<(int Start, int End, List<GeneratedCitation> Citations)>();
        foreach (var block in reply.Content)
        {
            if (!block.TryPickText(out var textBlock))
            {
                continue;
            }

            var start = text.Length;
            text.Append(textBlock.Text);
            var citations = (SdkField.TryRead(() => textBlock.Citations) ?? [])
                .Select(c => c.TryPickCitationsSearchResultLocation(out var location) ? Citation(location, passages, logger) : null)
                .OfType<GeneratedCitation>()
                .ToList();
            var lead = textBlock.Text.Length - textBlock.Text.TrimStart().Length;
            var trail = textBlock.Text.Length - textBlock.Text.TrimEnd().Length;
            if (citations.Count > 0 && start + lead < text.Length - trail)
            {
                cited.Add((start + lead, text.Length - trail, citations));
            }
        }

        var written = text.ToString();
        if (string.IsNullOrWhiteSpace(written))
        {
            throw new AnswerGenerationException("Claude returned an empty draft. Try again, or draft this case by hand.");
        }

        var lines = Lines(written);
        if (lines.Count == 0)
        {
            // Not in the format asked for: shown as said, with no outcome and no steps.
            return new DrafterOutput(DraftOutcome.CannotTellYet, written.Trim(), [], [], [], promptHash);
        }

        var steps = lines
            .Where(l => l.Key == "STEP")
            .Select(l => new DrafterStep(
                l.Text,
                cited.Where(c => Overlaps(c.Start, c.End, l.Start, l.End)).SelectMany(c => c.Citations).Distinct().ToList()))
            .ToList();
        var missing = lines
            .Where(l => l.Key == "MISSING" && !IsNone(l.Text))
            .Select(l => l.Text)
            .ToList();
        var outcome = lines.FirstOrDefault(l => l.Key == "OUTCOME")?.Text;
        var summary = string.Join(' ', lines.Where(l => l.Key == "SUMMARY").Select(l => l.Text));
        return new DrafterOutput(Outcome(outcome), summary, steps, missing, [], promptHash);
    }

    /// <summary>The outcome as written; anything else (missing, misspelt, hedged) is <see cref="DraftOutcome.CannotTellYet"/>.</summary>
    internal static DraftOutcome Outcome(string? written)
    {
        var token = Regex.Replace((written ?? "").Trim().Trim('*', '.', '`', '"').ToLowerInvariant(), @"[\s_]+", "-");
        return token switch
        {
            "likely-eligible" => DraftOutcome.LikelyEligible,
            "likely-ineligible" => DraftOutcome.LikelyIneligible,
            _ => DraftOutcome.CannotTellYet,
        };
    }

    /// <summary>
    /// The keyed lines of the reply with their character ranges. A line without a key continues the item above it
    /// (a wrapped step); text before the first key is ignored.
    /// </summary>
    private static List<KeyedLine> Lines(string text)
    {
        var items = new List<KeyedLine>();
        var offset = 0;
        foreach (var line in text.Split('\n'))
        {
            var end = offset + line.Length;
            var match = Key().Match(line);
            if (match.Success)
            {
                items.Add(new KeyedLine(match.Groups["key"].Value.ToUpperInvariant(), match.Groups["text"].Value.Trim(), offset, end));
            }
            else if (items.Count > 0 && line.Trim().Length > 0)
            {
                var last = items[^1];
                items[^1] = last with { Text = (last.Text + " " + line.Trim()).Trim(), End = end };
            }

            offset = end + 1;
        }

        return items;
    }

    private static GeneratedCitation Citation(CitationsSearchResultLocation location, IReadOnlyList<RetrievedPassage> passages, ILogger logger)
    {
        var source = SdkField.TryRead(() => location.Source);
        var index = SdkField.TryRead(() => (long?)location.SearchResultIndex);
        var passageId = passages.Any(p => p.Passage.Id == source)
            ? source
            : index is >= 0 && index < passages.Count ? passages[(int)index].Passage.Id : null;
        if (passageId is null)
        {
            ClaudeLog.UnknownCitationSource(logger, index ?? -1, passages.Count);
        }

        // An unknown source is still reported, so the caller counts it as a dropped citation.
        return new GeneratedCitation(passageId ?? source ?? "", SdkField.TryRead(() => location.CitedText) ?? "");
    }

    /// <summary>Whether a cited block's text (without the whitespace around it) falls in a line.</summary>
    private static bool Overlaps(int start, int end, int lineStart, int lineEnd) => start < lineEnd && end > lineStart;

    private static bool IsNone(string text) => text.Trim().TrimEnd('.').Equals("none", StringComparison.OrdinalIgnoreCase) || text.Length == 0;

    private sealed record KeyedLine(string Key, string Text, int Start, int End);

    // "OUTCOME: ...", also as "- STEP: ...", "**STEP 2:** ..." or "Step: ..."
    [GeneratedRegex(@"^\s*(?:[-*•]\s+)?(?:\*\*)?(?<key>OUTCOME|SUMMARY|STEP|MISSING)(?:\s*\d+)?\s*(?:\*\*)?\s*:\s*(?:\*\*)?(?<text>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Key();
}
