using Eligibility.Core.Passages;

namespace Eligibility.Core.Manuals;

/// <summary>The catalogue of manuals and their versions, with the pages and passages of each version.</summary>
public interface IManualStore
{
    /// <summary>All versions, optionally of one manual, ordered by manual then effective date.</summary>
    Task<IReadOnlyList<ManualVersion>> ListVersionsAsync(string? manualId, CancellationToken ct);

    Task<ManualVersion?> FindVersionAsync(ManualVersionKey key, CancellationToken ct);

    /// <summary>Stores a version as <see cref="VersionStatus.Staged"/> in one transaction: all of it or nothing.</summary>
    Task StageAsync(ManualVersion version, IReadOnlyList<PageText> pages, IReadOnlyList<Passage> passages, CancellationToken ct);

    /// <summary>Makes a staged or withdrawn version visible, atomically.</summary>
    Task<ManualVersion> PublishAsync(ManualVersionKey key, CancellationToken ct);

    /// <summary>Withdraws the version of a manual in effect today (else the latest published), so the one before it is in effect again.</summary>
    Task<RollbackResult> RollbackAsync(string manualId, CancellationToken ct);

    /// <summary>The published versions in effect on <paramref name="asOf"/>: per manual, the latest effective date on or before it.</summary>
    Task<IReadOnlyList<ManualVersion>> VersionsInEffectAsync(DateOnly asOf, IReadOnlyCollection<string>? manualIds, CancellationToken ct);

    Task<IReadOnlyList<Passage>> GetPassagesAsync(ManualVersionKey key, CancellationToken ct);

    Task<IReadOnlyList<Passage>> GetPassagesAsync(IReadOnlyCollection<string> passageIds, CancellationToken ct);

    Task<PageText?> GetPageAsync(ManualVersionKey key, int page, CancellationToken ct);

    /// <summary>Keeps the original file of a version, so a citation can open it at the cited page.</summary>
    Task SaveSourceAsync(ManualVersionKey key, string fileName, byte[] content, CancellationToken ct);

    /// <summary>The original file of a version, if kept.</summary>
    Task<(string FileName, byte[] Content)?> GetSourceAsync(ManualVersionKey key, CancellationToken ct);
}

/// <summary>What a rollback did: the version withdrawn and the version now in effect, if any.</summary>
public sealed record RollbackResult(ManualVersion Withdrawn, ManualVersion? NowInEffect);
