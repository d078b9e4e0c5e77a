using System.Text.Json;
using Eligibility.Core.Passages;
using Eligibility.Core.Retrieval;

namespace Eligibility.Core.Determinations;

/// <summary>
/// The policy lookup a model may call while drafting: a question run against the manuals in effect in the
/// benefit month, answered with the passages that clear the support floor. Every passage it returns is kept, so
/// the draft may cite it and the citation can be verified; at most <see cref="MaxPassages"/> are kept in all.
/// </summary>
public sealed class PolicyLookup(HybridRetriever retriever, DateOnly benefitMonth)
{
    public const string Name = "find_policy";

    public const string Description =
        "Searches the Medi-Cal policy manuals in effect in the case's benefit month and returns the passages that answer a question, "
        + "each with its id, manual, version, effective date and section. Use it for policy the given passages do not cover; it never returns anything else.";

    /// <summary>Passages returned for one question.</summary>
    public const int PassagesPerQuestion = 3;

    /// <summary>Passages kept over all questions of one draft.</summary>
    public const int MaxPassages = 8;

    /// <summary>The lowest support a passage needs to be returned (as for the draft's own retrieval).</summary>
    public const double SupportFloor = 0.3;

    /// <summary>The longest question taken.</summary>
    public const int MaxQuestionLength = 500;

    private readonly List<RetrievedPassage> _found = [];

    public DateOnly BenefitMonth { get; } = benefitMonth;

    /// <summary>Every passage returned so far, in the order first returned.</summary>
    public IReadOnlyList<RetrievedPassage> Found
    {
        get
        {
            lock (_found)
            {
                return [.. _found];
            }
        }
    }

    /// <summary>The passages for <paramref name="question"/> as JSON; an empty or over-long question comes back as an error object, never an exception.</summary>
    public async Task<string> FindAsync(string? question, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            return JsonSerializer.Serialize(new { error = "question: is required" });
        }

        if (question.Length > MaxQuestionLength)
        {
            return JsonSerializer.Serialize(new { error = $"question: is longer than {MaxQuestionLength} characters" });
        }

        var found = await retriever.RetrieveAsync(new RetrievalRequest(question, BenefitMonth, null, PassagesPerQuestion), ct);
        var kept = new List<RetrievedPassage>();
        lock (_found)
        {
            foreach (var p in found.Where(p => p.Support >= SupportFloor))
            {
                if (_found.Any(f => f.Passage.Id == p.Passage.Id))
                {
                    kept.Add(p);
                }
                else if (_found.Count < MaxPassages)
                {
                    _found.Add(p);
                    kept.Add(p);
                }
            }
        }

        return JsonSerializer.Serialize(new
        {
            benefit_month = BenefitMonth.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
            passages = kept.Select(p => new
            {
                id = p.Passage.Id,
                manual = p.Passage.ManualTitle,
                version = p.Passage.Version,
                effective = p.Passage.EffectiveDate,
                section = p.Passage.SectionPath.ToString(),
                text = PlantedInstructions.Withhold(p.Passage.Text),
            }),
            note = kept.Count == 0 ? "no passage in effect in the benefit month answers this question" : null,
        });
    }
}
