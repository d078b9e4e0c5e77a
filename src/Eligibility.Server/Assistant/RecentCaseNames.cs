using Eligibility.Core.Determinations;

namespace Eligibility.Server.Assistant;

/// <summary>
/// The names of the people in a caseworker's recent cases, so that a chat question that names one of them
/// ("does Maria Lopez still qualify?") reaches search and the model with a placeholder instead. Read only.
/// </summary>
public sealed class RecentCaseNames(IDeterminationStore determinations)
{
    public const int CasesConsidered = 50;

    public async Task<IReadOnlyList<string>> ForAsync(string user, CancellationToken ct) =>
        (await determinations.ListAsync(user, CasesConsidered, ct))
            .SelectMany(d => d.Facts.Household.Select(m => m.Name))
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
}
