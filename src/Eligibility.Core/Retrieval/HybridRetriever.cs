using System.Text.RegularExpressions;
using Eligibility.Core.Manuals;
using Eligibility.Core.Passages;
using Microsoft.Extensions.AI;

namespace Eligibility.Core.Retrieval;

/// <summary>
/// Finds passages for a question among the manual versions in effect on the as-of date (today by default):
/// BM25 on the question's own words and phrases, BM25 on the thesaurus expansions at a lower weight, and
/// dense vectors when an embedder is configured, fused by reciprocal rank, then reranked by support (the
/// weighted share of the question each candidate covers, thesaurus alternatives included, half of it taken over the
/// candidate's whole section).
/// </summary>
public sealed partial class HybridRetriever(
    IManualStore store,
    IPassageIndex index,
    TimeProvider clock,
    IEmbeddingGenerator<string, Embedding<float>> embedder,
    RetrievalOptions options)
{
    private static readonly EmbeddingGenerationOptions QueryEmbedding = new() { AdditionalProperties = new() { ["input_type"] = "query" } };

    private readonly RetrievalOptions _options = options;

    /// <summary>
    /// Gets the index ready for questions as of any date: one search as of today, then what searching needs for
    /// every other published version (the embedded index builds a version's segment on first use), so the first
    /// question about a past date is as quick as the rest. Run by the server at start-up and after a catalogue change.
    /// </summary>
    public async Task WarmUpAsync(CancellationToken ct)
    {
        await SearchAsync(new RetrievalRequest("eligibility"), ct);
        var published = (await store.ListVersionsAsync(null, ct)).Where(v => v.Status == VersionStatus.Published).ToList();
        if (published.Count > 0)
        {
            await index.GetTermStatisticsAsync(["eligibility"], published.Select(v => v.Key).ToList(), ct);

            // A question as of a past date also reads the versions that took effect after it: warm that path too.
            await SearchAsync(new RetrievalRequest("eligibility", published.Min(v => v.EffectiveDate)), ct);
        }
    }

    public async Task<IReadOnlyList<RetrievedPassage>> RetrieveAsync(RetrievalRequest request, CancellationToken ct) =>
        (await SearchAsync(request, ct)).Ranked;

    public async Task<RetrievalResult> SearchAsync(RetrievalRequest request, CancellationToken ct)
    {
        var asOf = request.AsOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var plan = QueryPlan.For(Redaction.PersonalDataRedactor.WithoutPlaceholders(request.Question), Thesaurus.Default) with { StoryWeight = _options.StoryWeight };
        var versions = await store.VersionsInEffectAsync(asOf, request.ManualIds, ct);
        var scope = versions.Select(v => v.Key).ToList();
        DateOnly? latest = versions.Count == 0 ? null : versions.Max(v => v.EffectiveDate);
        var statistics = await index.GetTermStatisticsAsync([.. plan.Terms, .. plan.Concepts.SelectMany(c => c.Alternatives)], scope, ct);
        if (scope.Count == 0 || plan.Terms.Count == 0)
        {
            return new RetrievalResult(plan, asOf, [], statistics) { LatestEffective = latest };
        }

        var depth = Math.Max(request.Top, _options.Candidates);
        // Asymmetric embedders (Voyage) embed questions differently from documents; others ignore the hint.
        // With no embedder configured (NoEmbeddings) there is no vector, and the search stays lexical.
        ReadOnlyMemory<float>? vector = await embedder.GenerateAsync([request.Question], QueryEmbedding, ct) is [var embedding, ..] ? embedding.Vector : null;
        var fused = await index.SearchHybridAsync(plan.Weighted(_options.ExpansionWeight), vector, scope, depth, ct);
        var passages = (await store.GetPassagesAsync(fused.Select(t => t.PassageId).ToList(), ct)).ToDictionary(p => p.Id);
        var best = fused.Count == 0 ? 1 : fused[0].Score;
        var present = await index.MatchTermsAsync(fused.Select(f => f.PassageId).ToList(), [.. plan.Terms, .. plan.Concepts.SelectMany(c => c.Alternatives)], scope, ct);
        var sections = SectionTerms(passages.Values, present);
        var defined = Definitions.AskedTerm(plan.Question);
        var subjects = await ManualSubjectsAsync(plan, scope, ct);
        var ranked = fused.Where(t => passages.ContainsKey(t.PassageId))
            .Select(t =>
            {
                var passage = passages[t.PassageId];
                var own = SupportScorer.Support(plan, present.GetValueOrDefault(passage.Id) ?? [], statistics);
                var section = SupportScorer.Support(plan, sections[SectionOf(passage)], statistics);
                var support = ((1 - _options.SectionWeight) * own) + (_options.SectionWeight * section);
                var title = SupportScorer.Support(plan, SupportScorer.StemsOf(passage.SectionPath.Leaf), statistics);
                var definition = defined is not null && Definitions.Defines(passage.Text, defined) ? _options.DefinitionWeight : 0;
                var manual = subjects.TryGetValue(passage.VersionKey, out var named) && named.Count > 0 ? _options.ManualWeight : 0;
                var row = _options.TableRowWeight > 0 && passage.ContainsTable && TableRows.Matching(passage.Text, plan.Question).Any() ? _options.TableRowWeight : 0;
                var score = (t.Score / best) + (_options.SupportWeight * support) + (_options.TitleWeight * title) + definition + manual + row;
                return new RetrievedPassage(passage, score, t.LexicalRank, t.DenseRank, support);
            })
            .OrderByDescending(p => p.Score)
            .ToList();
        ranked = [.. Diversified(ranked).Take(request.Top)];
        return new RetrievalResult(plan, asOf, BySection(ranked), statistics)
        {
            Ranked = ranked,
            Later = await LaterCoverageAsync(plan, asOf, request.ManualIds, statistics, ct),
            UnknownNames = [
                .. Uncovered(plan, ranked.Take(NamesChecked).Select(p => (present.GetValueOrDefault(p.Passage.Id) ?? [], subjects.GetValueOrDefault(p.Passage.VersionKey) ?? NoNames)), subjects.Values.SelectMany(s => s).ToHashSet(), statistics),
                .. UnmentionedTerms(plan, ranked.Take(NamesChecked).Select(p => p.Passage))],
            LatestEffective = latest,
            UnknownLaws = await UnknownLawsAsync(plan.Question, scope, ct),
        };
    }

    /// <summary>
    /// The ranking with other sections brought forward below the passages an answer is drawn from: after the first
    /// <see cref="RetrievalOptions.DistinctSectionsFrom"/>, a passage of a section already listed waits until every
    /// other candidate has been placed, so the sources and Claude's context show more of the places an answer could be.
    /// </summary>
    private List<RetrievedPassage> Diversified(List<RetrievedPassage> ranked)
    {
        var listed = new HashSet<(ManualVersionKey, SectionPath)>();
        var placed = new List<RetrievedPassage>();
        var waiting = new List<RetrievedPassage>();
        foreach (var passage in ranked)
        {
            if (!listed.Add(SectionOf(passage.Passage)) && placed.Count >= _options.DistinctSectionsFrom)
            {
                waiting.Add(passage);
                continue;
            }

            placed.Add(passage);
        }

        return [.. placed, .. waiting];
    }

    /// <summary>
    /// The sources as shown: each section's best passage, in order of score, before the further passages of any section
    /// (four cuts of one long section no longer stand between the first place found and the second). The same passages
    /// as <paramref name="ranked"/>, so whatever an answer quotes is among them.
    /// </summary>
    private static List<RetrievedPassage> BySection(List<RetrievedPassage> ranked)
    {
        var listed = new HashSet<(ManualVersionKey, SectionPath)>();
        var first = ranked.Select(p => listed.Add(SectionOf(p.Passage))).ToList();
        return [.. ranked.Where((_, i) => first[i]), .. ranked.Where((_, i) => !first[i])];
    }

    /// <summary>The names the question uses that are each version's subject (<see cref="ManualFocus"/>); none with one version.</summary>
    private async Task<IReadOnlyDictionary<ManualVersionKey, IReadOnlySet<string>>> ManualSubjectsAsync(QueryPlan plan, List<ManualVersionKey> scope, CancellationToken ct)
    {
        var names = ManualFocus.NamesOf(plan);
        if (scope.Count < 2 || names.Count == 0)
        {
            return new Dictionary<ManualVersionKey, IReadOnlySet<string>>();
        }

        // One count per version and one over all of them, at once (on Qdrant, each is a round of count requests).
        var forms = names.SelectMany(n => n).Distinct().ToList();
        var counted = await Task.WhenAll(scope.Select(key => index.GetTermStatisticsAsync(forms, [key], ct)).Append(index.GetTermStatisticsAsync(forms, scope, ct)));
        return ManualFocus.SubjectsOf(names, scope.Zip(counted).ToDictionary(x => x.First, x => x.Second), counted[^1]);
    }

    /// <summary>
    /// The laws the question names that the manuals searched never mention: the passages a search for the name finds
    /// best are read for it (a name the manuals use is among its own best matches).
    /// </summary>
    private async Task<IReadOnlyList<string>> UnknownLawsAsync(string question, IReadOnlyCollection<ManualVersionKey> scope, CancellationToken ct)
    {
        var unknown = new List<string>();
        foreach (var law in LawNames.In(question))
        {
            var hits = await index.SearchLexicalAsync(QueryTerms.ToQuery(law), scope, LawPassagesRead, ct);
            var passages = await store.GetPassagesAsync(hits.Select(h => h.PassageId).ToList(), ct);
            if (!passages.Any(p => LawNames.Mentions(p.Text, law)))
            {
                unknown.Add(law);
            }
        }

        return unknown;
    }

    private const int LawPassagesRead = 20;

    /// <summary>
    /// Names the question asks about (programs, places, acronyms in its asking sentence) that none of the best passages
    /// mention, by the name itself or another name for it from the thesaurus ("SSI" as "supplemental security income").
    /// A related term does not count: "CalWORKs" is not mentioned by a passage on TANF. Names only in the story
    /// around the question ("an Amish family…") are left out: the manuals need not know them to answer. So are names
    /// the manuals use all the time (in a <see cref="CommonNameShare"/> of the passages searched: "CMS", "Medicaid"):
    /// that the five best passages on the question do not, says nothing of whether the manuals answer it. A passage of a
    /// manual whose subject the name is (<see cref="ManualFocus"/>: "CHIP" and Part 457) mentions it, whatever its own
    /// sentences say: the CHIP manual's cost-sharing section is about CHIP. Nor is a name that is the subject of any manual
    /// in effect unknown to them, whichever manual's passages came first ("CHIP" where the MAGI rules of Part 435 lead).
    /// </summary>
    private static List<string> Uncovered(QueryPlan plan, IEnumerable<(HashSet<string> Present, IReadOnlySet<string> Subjects)> best, HashSet<string> manualSubjects, TermStatistics statistics)
    {
        var passages = best.ToList();
        var asking = QuestionSentences.Asking(plan.Question);
        // "Her doctor wants her on Ozempic. Will Medicaid pay for it?": what is to be paid for or covered is the story's.
        var asked = QueryTerms.Of(CoverageOfTheStory().IsMatch(asking) ? plan.Question : asking).ToHashSet();
        return plan.Concepts
            .Where(c => plan.Names.Contains(c.Term) && asked.Contains(c.Term) && !manualSubjects.Contains(c.Term))
            .Where(c => statistics.DocumentFrequency.GetValueOrDefault(c.Term) < CommonNameShare * statistics.PassageCount)
            .Where(c => !passages.Any(p => p.Subjects.Contains(c.Term) || p.Present.Contains(c.Term) || c.Equivalents.Any(p.Present.Contains)))
            .Select(c => c.Term)
            .ToList();
    }

    /// <summary>
    /// The published version effective after <paramref name="asOf"/> whose best passage covers the question best
    /// (none when no version takes effect later: questions about today cost nothing more).
    /// </summary>
    private async Task<LaterCoverage?> LaterCoverageAsync(QueryPlan plan, DateOnly asOf, IReadOnlyCollection<string>? manualIds, TermStatistics statistics, CancellationToken ct)
    {
        var later = (await store.ListVersionsAsync(null, ct))
            .Where(v => v.Status == VersionStatus.Published && v.EffectiveDate > asOf && (manualIds is null || manualIds.Contains(v.ManualId)))
            .ToList();
        if (later.Count == 0 || plan.Terms.Count == 0)
        {
            return null;
        }

        var scope = later.Select(v => v.Key).ToList();
        var hits = await index.SearchLexicalAsync(plan.Weighted(_options.ExpansionWeight), scope, LaterChecked, ct);
        if (hits.Count == 0)
        {
            return null;
        }

        var present = await index.MatchTermsAsync(hits.Select(h => h.PassageId).ToList(), [.. plan.Terms, .. plan.Concepts.SelectMany(c => c.Alternatives)], scope, ct);
        var best = hits.Select(h => (h.PassageId, Support: SupportScorer.Support(plan, present.GetValueOrDefault(h.PassageId) ?? [], statistics))).MaxBy(x => x.Support);
        var version = later.First(v => best.PassageId.StartsWith(Passage.IdPrefix(v.Key), StringComparison.Ordinal));
        return new LaterCoverage(version.Key, version.EffectiveDate, best.Support) { NewNames = await NewNamesAsync(plan, later, statistics, ct) };
    }

    /// <summary>
    /// Names anywhere in the message, its story included ("…because the state is taking the extra COVID money"), that
    /// no version in effect uses, by themselves or another name for them, and a later version does, with that version:
    /// the question is about what the later version brought in.
    /// </summary>
    private async Task<IReadOnlyList<(string Name, ManualVersion Version)>> NewNamesAsync(QueryPlan plan, List<ManualVersion> later, TermStatistics statistics, CancellationToken ct)
    {
        var unknown = plan.Concepts
            .Where(c => plan.Names.Contains(c.Term) && statistics.DocumentFrequency.GetValueOrDefault(c.Term) == 0 && c.Equivalents.All(e => statistics.DocumentFrequency.GetValueOrDefault(e) == 0))
            .ToList();
        var found = new List<(string, ManualVersion)>();
        foreach (var concept in unknown)
        {
            foreach (var version in later.OrderBy(v => v.EffectiveDate))
            {
                var counts = await index.GetTermStatisticsAsync([concept.Term, .. concept.Equivalents], [version.Key], ct);
                if (counts.DocumentFrequency.Values.Any(n => n > 0))
                {
                    found.Add((concept.Term, version));
                    break;
                }
            }
        }

        return found;
    }

    private const int LaterChecked = 5;

    /// <summary>
    /// The question's words and phrases found in each section, over the candidates from it: where a section is cut
    /// into several passages, the passage holding its answer shares the coverage of its neighbours, so the ranking
    /// does not hang on where a cut fell.
    /// </summary>
    private static Dictionary<(ManualVersionKey, SectionPath), HashSet<string>> SectionTerms(IEnumerable<Passage> candidates, IReadOnlyDictionary<string, HashSet<string>> present) =>
        candidates.GroupBy(SectionOf).ToDictionary(g => g.Key, g => g.SelectMany(p => present.GetValueOrDefault(p.Id) ?? []).ToHashSet(StringComparer.Ordinal));

    private static (ManualVersionKey, SectionPath) SectionOf(Passage passage) => (passage.VersionKey, passage.SectionPath);

    /// <summary>Terms of art the question asks about (see <see cref="TermsOfArt"/>) that none of the best passages mention.</summary>
    private static List<string> UnmentionedTerms(QueryPlan plan, IEnumerable<Passage> best)
    {
        var asked = TermsOfArt.Default.AskedAbout(plan.Question);
        if (asked.Count == 0)
        {
            return [];
        }

        var texts = best.Select(p => p.ContextHeader + "\n" + p.Text).ToList();
        return asked.Where(term => !texts.Any(t => TermsOfArt.Default.Mentions(t, term))).ToList();
    }

    private const int NamesChecked = 5;

    [GeneratedRegex(@"\b(?:pay\s+for|cover|covers|covered)\s+(?:it|that|this|them|those)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CoverageOfTheStory();

    private static readonly IReadOnlySet<string> NoNames = new HashSet<string>();

    private const double CommonNameShare = 0.15;
}
