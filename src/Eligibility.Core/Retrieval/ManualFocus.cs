using Eligibility.Core.Manuals;

namespace Eligibility.Core.Retrieval;

/// <summary>
/// Which manual a question is about, from the programs it names: a name (or another name for it from the thesaurus)
/// that a manual uses in at least one passage in twenty, and at least twice as often as the manuals together do, is
/// that manual's subject ("CHIP" in Part 457, a quarter of its passages against an eighth overall). A question about
/// "our CHIP denial" then ranks the CHIP manual's review section above the Medicaid section that says the same for
/// Medicaid, and a CHIP question answered from Part 457 is not refused for "not mentioning CHIP". A name every manual
/// uses ("Medicaid") points nowhere.
/// </summary>
public static class ManualFocus
{
    private const double SubjectShare = 0.05;

    private const double SubjectLift = 2.0;

    /// <summary>The words to count for each name the question uses: the name and its other names.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> NamesOf(QueryPlan plan) =>
        plan.Names.Distinct()
            .Select(n => (IReadOnlyList<string>)[n, .. plan.Concepts.Where(c => c.Term == n).SelectMany(c => c.Equivalents)])
            .ToList();

    /// <summary>
    /// For each version, the names (the first of each name's forms) that are its subject: a passage of Part 457 is about
    /// CHIP whether or not its own sentences spell the name.
    /// </summary>
    public static IReadOnlyDictionary<ManualVersionKey, IReadOnlySet<string>> SubjectsOf(
        IReadOnlyList<IReadOnlyList<string>> names, IReadOnlyDictionary<ManualVersionKey, TermStatistics> byVersion, TermStatistics all) =>
        byVersion.ToDictionary(v => v.Key, v => (IReadOnlySet<string>)names.Where(forms => IsSubject(forms, v.Value, all)).Select(forms => forms[0]).ToHashSet(StringComparer.Ordinal));

    private static bool IsSubject(IReadOnlyList<string> forms, TermStatistics manual, TermStatistics all)
    {
        var inManual = forms.Max(f => manual.DocumentFrequency.GetValueOrDefault(f));
        if (manual.PassageCount == 0 || inManual < SubjectShare * manual.PassageCount)
        {
            return false;
        }

        var here = (inManual + 0.5) / (manual.PassageCount + 1.0);
        var overall = (forms.Max(f => all.DocumentFrequency.GetValueOrDefault(f)) + 0.5) / (all.PassageCount + 1.0);
        return here >= SubjectLift * overall;
    }
}
