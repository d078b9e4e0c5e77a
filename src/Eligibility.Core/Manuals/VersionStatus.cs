namespace Eligibility.Core.Manuals;

/// <summary>Where a manual version stands in its lifecycle.</summary>
public enum VersionStatus
{
    /// <summary>Ingested and stored, not yet visible to search.</summary>
    Staged,
    /// <summary>Visible; in effect from its effective date until a later published version takes over.</summary>
    Published,
    /// <summary>Was published, then rolled back; kept for the record, never searched.</summary>
    Withdrawn,
}
