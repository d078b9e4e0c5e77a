namespace Eligibility.Core.Determinations;

/// <summary>The drafter when no language model is configured: drafts list passages and figures and leave the outcome to the caseworker.</summary>
public sealed class NoDeterminationDrafter : IDeterminationDrafter
{
    public static NoDeterminationDrafter Instance { get; } = new();

    public string ModelId => "none";

    public Task<DrafterOutput> DraftAsync(DraftingRequest request, CancellationToken ct) =>
        throw new InvalidOperationException("no language model is configured; the draft is made without one");
}
