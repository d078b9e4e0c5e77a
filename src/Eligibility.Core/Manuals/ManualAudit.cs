using Eligibility.Core.Audit;

namespace Eligibility.Core.Manuals;

/// <summary>What the audit log keeps of a manual version's life: staged, published, withdrawn.</summary>
public static class ManualAudit
{
    public const string Staged = "manual-staged";
    public const string Published = "manual-published";
    public const string Withdrawn = "manual-withdrawn";

    public static AuditRecord OfStaging(string actor, ManualVersion version) =>
        new(actor, Staged, version.Key.ToString(), new
        {
            file = version.SourceFile, sha256 = version.SourceSha256, contentHash = version.ContentHash, effective = version.EffectiveDate,
            pages = version.PageCount, passages = version.PassageCount, warnings = version.Warnings,
        });

    public static AuditRecord OfPublishing(string actor, ManualVersion version) =>
        new(actor, Published, version.Key.ToString(), new { effective = version.EffectiveDate, contentHash = version.ContentHash, passages = version.PassageCount });

    public static AuditRecord OfWithdrawal(string actor, ManualVersion withdrawn, ManualVersion? nowInEffect) =>
        new(actor, Withdrawn, withdrawn.Key.ToString(), new { nowInEffect = nowInEffect?.Key.ToString() });
}
