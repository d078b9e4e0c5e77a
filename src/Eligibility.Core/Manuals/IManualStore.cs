using Eligibility.Core.Passages;

namespace Eligibility.Core.Manuals;

/// <summary>The catalogue of manuals and their versions, with the pages and passages of each version.</summary>
public interface IManualStore
{
    /// <summary>All versions, optionally of one manual, ordered by manual then effective date.</summary>
    Task<IReadOnlyList<ManualVersion>> ListVersionsAsync(string? manualId, CancellationToken ct);

    Task<ManualVersion?> FindVersionAsync(ManualVersionKey key, CancellationToken ct);

    /// <summary>
    /// Stores a version as <see cref="VersionStatus.Staged"/>, with its pages, passages and original file, and its
    /// <c>manual-staged</c> audit entry, in one transaction: all of it or nothing.
    /// </summary>
    Task StageAsync(ManualVersion version, IReadOnlyList<PageText> pages, IReadOnlyList<Passage> passages, ManualSource source, string actor, CancellationToken ct);

    /// <summary>Makes a staged or withdrawn version visible, with its <c>manual-published</c> audit entry, in one transaction.</summary>
    Task<ManualVersion> PublishAsync(ManualVersionKey key, string actor, CancellationToken ct);

    /// <summary>
    /// Withdraws the version of a manual in effect today (else the latest published), so the one before it is in
    /// effect again; the withdrawal and its <c>manual-withdrawn</c> audit entry commit together.
    /// </summary>
    Task<RollbackResult> RollbackAsync(string manualId, string actor, CancellationToken ct);

    /// <summary>The published versions in effect on <paramref name="asOf"/>: per manual, the latest effective date on or before it.</summary>
    Task<IReadOnlyList<ManualVersion>> VersionsInEffectAsync(DateOnly asOf, IReadOnlyCollection<string>? manualIds, CancellationToken ct);

    Task<IReadOnlyList<Passage>> GetPassagesAsync(ManualVersionKey key, CancellationToken ct);

    Task<IReadOnlyList<Passage>> GetPassagesAsync(IReadOnlyCollection<string> passageIds, CancellationToken ct);

    Task<PageText?> GetPageAsync(ManualVersionKey key, int page, CancellationToken ct);

    /// <summary>The original file of a version, if kept.</summary>
    Task<ManualSource?> GetSourceAsync(ManualVersionKey key, CancellationToken ct);
}

/// <summary>The original file of a version, kept so a citation can open it at the cited page.</summary>
public sealed record ManualSource(string FileName, byte[] Content);

/// <summary>What a rollback did: the version withdrawn and the version now in effect, if any.</summary>
public sealed record RollbackResult(ManualVersion Withdrawn, ManualVersion? NowInEffect);
