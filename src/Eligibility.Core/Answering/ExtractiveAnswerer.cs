using System.Text.RegularExpressions;
using Eligibility.Core.Passages;
using Eligibility.Core.Retrieval;

namespace Eligibility.Core.Answering;

/// <summary>
/// The answer with no model configured: the sentences of the top passages that cover most of the question,
/// quoted verbatim and cited; an abstention when no passage clears the relevance floor.
/// </summary>
public sealed partial class ExtractiveAnswerer(AnsweringOptions options)
{
    public GroundedAnswer Answer(RetrievalResult result)
    {
        var top = result.Ranked.Take(options.PassagesConsidered).ToList();
        if (Abstains(result, options))
        {
            return Abstention(result);
        }

        // Sentences are chosen for the whole message: the story around a question often names what the answer turns on.
        var wholeQuestion = result.Plan with { StoryWeight = 1.0 };
        var candidates = new List<(int Rank, RetrievedPassage Passage, int Start, int End, double Score)>();
        var leadIns = new Dictionary<(RetrievedPassage, int), (int Start, int End)>();
        var lists = new Dictionary<RetrievedPassage, (List<(int Start, int End)> Sentences, int[] LeadOf)>();
        for (var rank = 0; rank < top.Count; rank++)
        {
            var passage = top[rank];
            var text = passage.Passage.Text;
            var sentences = SentenceSplitter.Split(text).ToList();
            var leadOf = ListLeadIns.Of(text, sentences);
            lists[passage] = (sentences, leadOf);
            for (var i = 0; i < sentences.Count; i++)
            {
                var (start, end) = sentences[i];
                // A sentence addressed to an assistant is manual text, not policy: never quoted as an answer.
                if (PlantedInstructions.Holds(text[start..end]) || end - start < 20 || IsHeading(passage.Passage, start, end))
                {
                    continue;
                }

                // A list item is read with the sentence it hangs from: its words count, and it is quoted before the item.
                var lead = leadOf[i] >= 0 && IsQuotable(passage.Passage, sentences[leadOf[i]]) ? sentences[leadOf[i]] : default((int Start, int End)?);
                var read = lead is { } l ? text[l.Start..l.End] + " " + text[start..end] : text[start..end];
                var coverage = SupportScorer.Support(wholeQuestion, SupportScorer.StemsOf(read), result.Statistics);
                if (coverage > 0)
                {
                    // A sentence with the kind of figure asked for (a time span, an amount, a percentage) answers it better.
                    var typed = AnswerType.Holds(result.Plan.Question, read) ? TypedBoost : 1.0;
                    candidates.Add((rank, passage, start, end, typed * coverage * passage.Support / (1 + (0.15 * rank))));
                    if (lead is { } found)
                    {
                        leadIns[(passage, start)] = found;
                    }
                }
            }
        }

        // A table row matching the question's figure (household size, year, amount in the row's range) is the answer:
        // it goes first, with the best sentences around it.
        var best = candidates.Count == 0 ? 1 : candidates.Max(c => c.Score);
        for (var rank = 0; rank < Math.Min(top.Count, RowsFrom); rank++)
        {
            foreach (var (start, end) in TableRows.Matching(top[rank].Passage.Text, result.Plan.Question).Take(2))
            {
                candidates.RemoveAll(c => c.Passage == top[rank] && c.Start < end && start < c.End);
                candidates.Add((rank, top[rank], start, end, best + 1));
            }
        }

        // A question asking what a term means is answered by the sentence that defines it ("Fraud … means …"): it goes first.
        if (Definitions.AskedTerm(result.Plan.Question) is { } term)
        {
            var defining = Enumerable.Range(0, Math.Min(top.Count, RowsFrom))
                .SelectMany(rank => SentenceSplitter.Split(top[rank].Passage.Text).Select(s => (Rank: rank, s.Start, s.End)))
                .FirstOrDefault(s => Definitions.Defines(top[s.Rank].Passage.Text[s.Start..s.End], term) && IsQuotable(top[s.Rank].Passage, (s.Start, s.End)));
            if (defining != default)
            {
                var passage = top[defining.Rank];
                candidates.RemoveAll(c => c.Passage == passage && c.Start < defining.End && defining.Start < c.End);
                candidates.Add((defining.Rank, passage, defining.Start, defining.End, best + 2));
            }
        }

        var chosen = candidates.OrderByDescending(c => c.Score).Take(options.MaxSentences).OrderBy(c => c.Rank).ThenBy(c => c.Start).ToList();
        if (chosen.Count == 0)
        {
            return Abstention(result);
        }

        // A list is quoted whole when it is short: a rule's conditions read as all of them ("only if (i), (ii) or (iii)"),
        // and quoting two of three would state a different rule. A lead-in goes before its items.
        var quoted = new List<(int Rank, RetrievedPassage Passage, int Start, int End)>();
        void Quote(int rank, RetrievedPassage passage, int start, int end)
        {
            if (!quoted.Any(q => q.Passage == passage && q.Start == start))
            {
                quoted.Add((rank, passage, start, end));
            }
        }

        foreach (var c in chosen)
        {
            if (leadIns.TryGetValue((c.Passage, c.Start), out var lead))
            {
                Quote(c.Rank, c.Passage, lead.Start, lead.End);
            }

            Quote(c.Rank, c.Passage, c.Start, c.End);
            foreach (var (start, end) in ShortList(c.Passage.Passage, lists[c.Passage], c.Start))
            {
                Quote(c.Rank, c.Passage, start, end);
            }
        }

        quoted = [.. quoted.OrderBy(q => q.Rank).ThenBy(q => q.Start)];
        var numbers = quoted.Select(q => q.Passage.Passage.Id).Distinct().Select((id, i) => (id, i + 1)).ToDictionary(x => x.id, x => x.Item2);
        var citations = quoted.Select(q => new Citation(numbers[q.Passage.Passage.Id], q.Passage.Passage.Id, q.Passage.Passage.Text[q.Start..q.End], q.Start, q.End)).ToList();
        var answer = string.Join(" ", citations.Select(c => $"{c.CitedText} [{c.Number}]"));
        return new GroundedAnswer(answer, false, AnswerMode.Extractive, citations, result.Passages, result.AsOf);
    }

    /// <summary>
    /// The list a quoted sentence belongs to (as an item, or as the lead-in that opens it): its lead-in and all its items,
    /// when there are at most <see cref="ShortListItems"/> of them in at most <see cref="ShortListChars"/> characters;
    /// otherwise nothing. Items that are headings or addressed to an assistant are left out.
    /// </summary>
    private static IEnumerable<(int Start, int End)> ShortList(Passage passage, (List<(int Start, int End)> Sentences, int[] LeadOf) structure, int sentenceStart)
    {
        var (sentences, leadOf) = structure;
        var index = sentences.FindIndex(s => s.Start == sentenceStart);
        if (index < 0)
        {
            return [];
        }

        var list = leadOf[index] >= 0 ? leadOf[index] : index;
        var items = Enumerable.Range(0, sentences.Count).Where(i => leadOf[i] == list).ToList();
        if (items.Count == 0 || items.Count > ShortListItems || items.Sum(i => sentences[i].End - sentences[i].Start) > ShortListChars
            || !IsQuotable(passage, sentences[list]))
        {
            return [];
        }

        return [sentences[list], .. items.Select(i => sentences[i]).Where(s => IsQuotable(passage, s))];
    }

    private const int ShortListItems = 5;

    private const int ShortListChars = 900;

    /// <summary>A lead-in or list item is quoted unless it is a heading or addressed to an assistant.</summary>
    private static bool IsQuotable(Passage passage, (int Start, int End) sentence) =>
        !PlantedInstructions.Holds(passage.Text[sentence.Start..sentence.End]) && !IsHeading(passage, sentence.Start, sentence.End);

    private const int RowsFrom = 5;

    /// <summary>An enumerated title: "(2) Current beneficiaries.", "(ii) Special rules—(A) Multi-tiered prescription drug benefits.".</summary>
    [GeneratedRegex(@"^\((?:[a-z]{1,4}|[0-9]{1,3}|[A-Z]{1,2})\)\s+(?<title>[^.;:?!]+)\.$")]
    private static partial Regex ParagraphHeading();

    /// <summary>Words that open a sentence, not a title ("(iii) The beneficiary dies.").</summary>
    private static readonly HashSet<string> Determiners = new(["The", "A", "An", "This", "That", "These", "Those", "Each", "Any", "No", "Such", "He", "She", "It", "They"], StringComparer.Ordinal);

    private const double TypedBoost = 2.0;

    /// <summary>
    /// A section heading ("§ 457.555 Maximum allowable…") or the end of one, a paragraph heading ("(2) Current beneficiaries." before the
    /// paragraph's first sentence, or "(d) Exceptions." on its own line) or a table's column label: a title, not a sentence to quote.
    /// </summary>
    private static bool IsHeading(Passage passage, int start, int end)
    {
        var text = passage.Text;
        var trimmed = text[start..end].Trim();
        if (ParagraphHeading().Match(trimmed) is { Success: true } heading)
        {
            var words = heading.Groups["title"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var paragraphFollows = end + 1 < text.Length && text[end] == ' ' && !char.IsWhiteSpace(text[end + 1]);
            if ((paragraphFollows && words.Length <= 6) || (words.Length <= 2 && !Determiners.Contains(words[0])))
            {
                return true;
            }
        }

        var leaf = passage.SectionPath.Leaf.TrimEnd('.');
        if (trimmed.StartsWith('§') || (leaf.Length > 0 && trimmed.TrimEnd('.').EndsWith(leaf, StringComparison.Ordinal)))
        {
            return true;
        }

        // The end of a long title set above the text ("Program specific review process: Continuation of enrollment.").
        if (leaf.Length > 0 && leaf.EndsWith(trimmed.TrimEnd('.'), StringComparison.OrdinalIgnoreCase) && trimmed.Contains(' ', StringComparison.Ordinal))
        {
            return true;
        }

        // A table's header row ("Household size | Monthly limit") labels columns and holds no figure.
        if (trimmed.Contains(" | ", StringComparison.Ordinal))
        {
            return !trimmed.Any(char.IsDigit);
        }

        return trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 6 && !".;:?!—".Contains(trimmed[^1], StringComparison.Ordinal);
    }

    /// <summary>True when the passages cannot answer the question (see <see cref="Answerability"/>).</summary>
    public static bool Abstains(RetrievalResult result, AnsweringOptions options) => Answerability.WhyNot(result, options) is not null;

    private GroundedAnswer Abstention(RetrievalResult result)
    {
        var why = Answerability.WhyNot(result, options) is { } reason ? " " + reason : "";
        return new($"The policy manuals in effect on {result.AsOf:yyyy-MM-dd} do not answer this question.{why}", true, AnswerMode.Extractive, [], result.Passages, result.AsOf);
    }
}
