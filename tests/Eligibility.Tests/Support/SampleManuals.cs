using Eligibility.Ingest.Pipeline;

namespace Eligibility.Tests.Support;

/// <summary>The project's own sample manuals in corpus-samples/ (always present, unlike ../shared).</summary>
public static class SampleManuals
{
    public static string Manifest => Path.Combine(SharedCorpus.RepositoryRoot(), "corpus-samples", "manifest.json");

    public static IngestRequest Handbook2025 => Find("2025-01-01", "medi-cal-eligibility-handbook");

    public static IngestRequest Handbook2026 => Find("2026-01-01", "medi-cal-eligibility-handbook");

    public static IngestRequest NoticesGuide => Find("2025-07-01", "medi-cal-notices-guide");

    private static IngestRequest Find(string version, string manual) =>
        Eligibility.Ingest.Pipeline.Manifest.Read(Manifest).Single(r => r.Version == version && r.ManualId == manual);
}
