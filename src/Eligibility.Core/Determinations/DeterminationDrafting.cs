using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Eligibility.Core.Answering;
using Eligibility.Core.Passages;
using Eligibility.Core.Redaction;
using Eligibility.Core.Retrieval;

namespace Eligibility.Core.Determinations;

/// <summary>
/// Drafts a determination: redact the facts, compute the figures from data, retrieve the policy in effect in
/// the benefit month, then either the model's draft with every citation verified and every quoted figure checked
/// against the calculator, or (no model) the passages and figures with the outcome left to the caseworker.
/// </summary>
public sealed partial class DeterminationDrafting(HybridRetriever retriever, CaseFiguresCalculator calculator, IDeterminationDrafter drafter)
{
    private bool HasModel => drafter is not NoDeterminationDrafter;

    public const int PassagesGiven = 8;

    public const string NoModelSummary =
        "No language model is configured, so this draft proposes no outcome. The passages are the policy in effect for the benefit month "
        + "that bears on these facts, and the figures are computed from the facts and the versioned tables. The outcome is yours to decide.";

    public string? ModelId => HasModel ? drafter.ModelId : null;

    public async Task<DeterminationDraft> DraftAsync(CaseFacts facts, CancellationToken ct)
    {
        var redaction = FactsRedactor.Redact(facts);
        var figures = calculator.Calculate(facts);
        var asOf = facts.BenefitMonth;
        var passages = await RetrieveAsync(facts, asOf, ct);
        var missing = MissingInformation(facts, figures);
        if (!HasModel)
        {
            return NoModelDraft(facts, figures, passages, missing, redaction.Text, asOf);
        }

        if (passages.Count == 0)
        {
            // Nothing to cite: the model is not asked, and the draft says so instead of proposing an outcome.
            return NoModelDraft(facts, figures, passages, missing, redaction.Text, asOf) with
            {
                Outcome = DraftOutcome.CannotTellYet,
                Summary = $"No manual in effect for {facts.BenefitMonth:yyyy-MM} has a passage on these facts, so no outcome is proposed. The figures are computed from the facts and the versioned tables.",
            };
        }

        var tool = new IncomeCalculatorTool(calculator.Income, facts.BenefitMonth);
        var lookup = new PolicyLookup(retriever, asOf);
        var request = new DraftingRequest(redaction.Text, passages, figures, tool) { Lookup = lookup, People = FactsRedactor.KnownPeopleOf(facts) };
        var output = await drafter.DraftAsync(request, ct);

        // Passages the model looked up are citable like the ones it was given.
        passages = [.. passages, .. lookup.Found.Where(f => !passages.Any(p => p.Passage.Id == f.Passage.Id))];
        var byId = passages.ToDictionary(p => p.Passage.Id, p => p.Passage);
        var citations = new List<DraftCitation>();
        var dropped = 0;
        var known = figures.Numbers().Concat(tool.Calls.SelectMany(c => JsonNumbers(c.Output))).ToHashSet();
        var steps = new List<DraftStep>();
        foreach (var step in output.Steps)
        {
            var numbers = new List<int>();
            var quoted = new HashSet<decimal>();
            foreach (var claim in step.Citations)
            {
                if (byId.TryGetValue(claim.PassageId, out var passage) && CitationVerifier.Locate(passage, claim.CitedText) is { } span)
                {
                    var citation = citations.FirstOrDefault(c => c.PassageId == passage.Id && c.Start == span.Start && c.End == span.End)
                        ?? Cite(citations, passage, span);
                    numbers.Add(citation.Number);
                    // Only the passage's dollar amounts and percentages: "within 45 days" does not vouch for "$45".
                    quoted.UnionWith(FiguresIn(passage.Text).Where(f => f.Value is not null).Select(f => f.Value!.Value));
                }
                else
                {
                    dropped++;
                }
            }

            var unverified = FiguresIn(step.Text).Where(f => f.Value is not { } value || (!known.Contains(value) && !quoted.Contains(value))).Select(f => f.Text).Distinct().ToList();
            steps.Add(new DraftStep(step.Text, numbers.Distinct().ToList(), numbers.Count > 0, unverified));
        }

        CheckTableLimits(steps, citations, byId, figures);
        var outcome = output.Outcome;
        if (outcome != DraftOutcome.CannotTellYet && (steps.Count == 0 || steps.Any(s => !s.Supported || s.UnverifiedFigures.Count > 0)))
        {
            // An outcome resting on an unsupported step or a figure not from the calculator is not proposed.
            missing.Add("the model's reasoning has unsupported steps or figures not from the calculator; its proposed outcome was withheld");
            outcome = DraftOutcome.CannotTellYet;
        }

        return new DeterminationDraft(outcome, output.Summary, steps, figures, [.. missing, .. output.MissingInformation.Where(m => !missing.Contains(m))],
            citations, passages.Select(p => p.Passage.Id).ToList(), AnswerMode.Generated, drafter.ModelId, output.PromptHash, redaction.Text,
            [.. output.CalculatorCalls.Concat(tool.Calls).Distinct()], dropped, asOf)
        {
            FunctionCalls = output.FunctionCalls,
        };
    }

    /// <summary>The questions a caseworker would look up for these facts, run against the manuals in effect in the benefit month.</summary>
    public static IReadOnlyList<string> QueriesFor(CaseFacts facts)
    {
        var applicant = facts.Applicant ?? facts.Household[0];
        var queries = new List<string>();
        if (facts.Program == MediCalProgram.Magi)
        {
            queries.Add("MAGI Medi-Cal income limit percent of the federal poverty level household size");
            queries.Add("how countable income is counted monthly income MAGI household");
            if (applicant.Pregnant)
            {
                queries.Add("pregnant people income limit eligibility");
            }

            if (applicant.Age < 19)
            {
                queries.Add("children under 19 income limit eligibility");
            }
        }
        else
        {
            queries.Add("non-MAGI Medi-Cal property limit resources");
            queries.Add("aged blind disabled income limit federal poverty level");
            if (facts.Resources.Count > 0)
            {
                queries.Add("property that is exempt valuing countable property");
            }
        }

        if (facts.Household.Any(m => m.ImmigrationStatus is not (ImmigrationStatus.Citizen or ImmigrationStatus.Unknown)))
        {
            queries.Add("immigration status eligibility qualified noncitizen");
        }

        queries.Add("timely determination of eligibility verification of income");
        return queries;
    }

    private async Task<List<RetrievedPassage>> RetrieveAsync(CaseFacts facts, DateOnly asOf, CancellationToken ct)
    {
        var best = new Dictionary<string, RetrievedPassage>();
        var order = new List<string>();
        foreach (var query in QueriesFor(facts))
        {
            var found = await retriever.RetrieveAsync(new RetrievalRequest(query, asOf, null, CandidatesPerQuery), ct);
            foreach (var p in found.Where(p => p.Support >= PolicyLookup.SupportFloor))
            {
                if (best.TryAdd(p.Passage.Id, p))
                {
                    order.Add(p.Passage.Id);
                }
            }
        }

        // A rule for the other program or for an age group the applicant is outside of is not part of this case.
        var all = order.Select(id => best[id]).ToList();
        return all.Where(p => DraftApplicability.WhyNot(Scope(p.Passage, all), facts) is null).Take(PassagesGiven).ToList();
    }

    /// <summary>Passages retrieved per question before those that do not apply are set aside.</summary>
    private const int CandidatesPerQuery = 5;

    /// <summary>What a passage covers: its section path, its text, and the text of the retrieved sections above it (a table under "3.4 … adults aged 19 through 64").</summary>
    private static string Scope(Passage passage, IReadOnlyList<RetrievedPassage> retrieved)
    {
        var path = passage.SectionPath.ToString();
        var parents = retrieved.Where(r => r.Passage.ManualId == passage.ManualId && r.Passage.Version == passage.Version && r.Passage.Id != passage.Id
            && r.Passage.SectionPath.ToString() is { Length: > 0 } parent && path.StartsWith(parent + " > ", StringComparison.Ordinal));
        return string.Join("\n", [path, passage.Text, .. parents.Select(r => r.Passage.Text)]);
    }

    private static DeterminationDraft NoModelDraft(CaseFacts facts, CaseFigures figures, List<RetrievedPassage> passages, List<string> missing, string sent, DateOnly asOf)
    {
        var citations = new List<DraftCitation>();
        var steps = new List<DraftStep>();
        foreach (var p in passages.Where(p => !DraftApplicability.IsDefinitions(p.Passage)))
        {
            var text = p.Passage.Text;
            var leaf = p.Passage.SectionPath.Leaf;
            if (TableLimitCheck.For(p.Passage, figures, PovertyGuidelines.Default) is { } row)
            {
                // The row for this household, not the table's header, with the calculator's limit beside it.
                var cited = Cite(citations, p.Passage, (row.Start, row.End));
                steps.Add(new DraftStep($"{leaf}: {text[row.Start..row.End]}", [cited.Number], true, []));
                steps.Add(new DraftStep(row.Note, [cited.Number], true, []));
                continue;
            }

            var body = text.StartsWith(leaf, StringComparison.Ordinal) && text.Length > leaf.Length ? text[leaf.Length..] : text;
            var lead = CitationVerifier.Sentences(body).FirstOrDefault() ?? text;
            var span = CitationVerifier.Locate(p.Passage, lead) ?? (0, text.Length);
            var citation = Cite(citations, p.Passage, span);
            steps.Add(new DraftStep($"{leaf}: {text[span.Start..span.End]}", [citation.Number], true, []));
        }

        if (passages.Count == 0)
        {
            missing.Add($"no manual in effect for {facts.BenefitMonth:yyyy-MM} has a passage on these facts");
        }

        return new DeterminationDraft(DraftOutcome.LeftToCaseworker, NoModelSummary, steps, figures, missing, citations,
            passages.Select(p => p.Passage.Id).ToList(), AnswerMode.Extractive, null, null, sent, [], 0, asOf);
    }

    /// <summary>For each cited table of the income limit, the row for this household beside the calculator's limit, as a step of its own.</summary>
    private static void CheckTableLimits(List<DraftStep> steps, List<DraftCitation> citations, Dictionary<string, Passage> byId, CaseFigures figures)
    {
        foreach (var passageId in citations.Select(c => c.PassageId).Distinct().ToList())
        {
            if (TableLimitCheck.For(byId[passageId], figures, PovertyGuidelines.Default) is { } row)
            {
                var cited = citations.FirstOrDefault(c => c.PassageId == passageId && c.Start == row.Start && c.End == row.End) ?? Cite(citations, byId[passageId], (row.Start, row.End));
                steps.Add(new DraftStep(row.Note, [cited.Number], true, []));
            }
        }
    }

    private static List<string> MissingInformation(CaseFacts facts, CaseFigures figures)
    {
        var missing = new List<string>(figures.Unavailable);
        for (var i = 0; i < facts.Household.Count; i++)
        {
            if (facts.Household[i].ImmigrationStatus == ImmigrationStatus.Unknown)
            {
                missing.Add($"immigration status of household member {i + 1}");
            }
        }

        if (facts.Income.Count == 0)
        {
            missing.Add("income: none was reported; confirm the household has no income");
        }

        if (figures.PropertyTest is { LimitAmount: not null } && facts.Resources.Count == 0)
        {
            missing.Add("property: a property limit applies in this month and no property was reported; confirm there is none");
        }

        if (facts.Program == MediCalProgram.NonMagi && !facts.Household.Any(m => m.Age >= 65 || m.Disabled || m.Blind))
        {
            missing.Add("basis for non-MAGI Medi-Cal: no member is aged 65 or over, blind or disabled");
        }

        return missing;
    }

    private static DraftCitation Cite(List<DraftCitation> citations, Passage passage, (int Start, int End) span)
    {
        var citation = new DraftCitation(citations.Count + 1, passage.Id, passage.ManualId, passage.ManualTitle, passage.Version, passage.EffectiveDate,
            passage.SectionPath.ToString(), passage.PageStart, passage.PageEnd, passage.Text[span.Start..span.End], span.Start, span.End);
        citations.Add(citation);
        return citation;
    }

    /// <summary>
    /// Dollar amounts and percentages written in a text ("$1,836.00", "138%", "138 percent"), each with its value.
    /// Figures are compared by value alone: "$2,600", "$2,600.00" and a calculator's 2600 are the same. A dollar
    /// amount and a percentage of the same value are not told apart, since the calculator's numbers do not say
    /// which they are; the caveat is that "$138" passes where 138% is known. A value too large for a decimal is null
    /// and so never verified.
    /// </summary>
    public static IEnumerable<(string Text, decimal? Value)> FiguresIn(string text) =>
        Figure().Matches(text).Select(m => (m.Value.Trim(),
            decimal.TryParse(m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : (decimal?)null));

    /// <summary>The number values of a calculator output, at any depth; numbers inside strings (steps, dates, sources) are not figures.</summary>
    private static List<decimal> JsonNumbers(string json)
    {
        var numbers = new List<decimal>();
        try
        {
            using var document = JsonDocument.Parse(json);
            Collect(document.RootElement, numbers);
        }
        catch (JsonException)
        {
            // The tool always writes JSON; anything else holds no figures to trust.
        }

        return numbers;

        static void Collect(JsonElement element, List<decimal> numbers)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Number when element.TryGetDecimal(out var value):
                    numbers.Add(value);
                    break;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        Collect(property.Value, numbers);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Collect(item, numbers);
                    }

                    break;
            }
        }
    }

    // Thousands separators only in groups of three, so "$1,200," ends at the last digit and "1,2" is two numbers.
    [GeneratedRegex(@"\$\s?(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(?:%|percent\b)")]
    private static partial Regex Figure();
}
