using Eligibility.Core.Manuals;
using Eligibility.Core.Passages;

namespace Eligibility.Tests.Records;

/// <summary>Small manual versions written straight to a store, for the persistence tests.</summary>
internal static class ManualSamples
{
    public static ManualVersion Version(string version, DateOnly effective, int passages = 3) =>
        new("handbook", version, "Handbook", effective, VersionStatus.Staged, "hash-" + version, "handbook.pdf", "sha-" + version, 2, passages,
            new DateTimeOffset(2026, 11, 1, 9, 30, 0, TimeSpan.Zero), null, ["page 2 was read by OCR"]);

    public static IReadOnlyList<PageText> Pages => [new(1, "Page one text.", false), new(2, "Page two text.", true)];

    public static IReadOnlyList<Passage> Passages(ManualVersion version) => Enumerable.Range(1, version.PassageCount).Select(i => new Passage
    {
        Id = Passage.MakeId(version.Key, i),
        ManualId = version.ManualId,
        Version = version.Version,
        ManualTitle = version.Title,
        EffectiveDate = version.EffectiveDate,
        Ordinal = i,
        SectionPath = new SectionPath(["Chapter 4 Property", $"4.{i} Rule {i}"]),
        SectionNumber = $"4.{i}",
        PageStart = 1,
        PageEnd = 2,
        StartOffset = i,
        EndOffset = i + 10,
        Text = $"Rule {i} of version {version.Version}: the property limit is ${i}30,000.",
        ContextHeader = "Handbook > Chapter 4",
        ContentHash = $"p{i}",
        TokenEstimate = 20,
        ContainsTable = i == 2,
        FromOcr = i == 3,
        Regions = [new PageRegion(1, 72, 100.5, 540, 160.25)],
    }).ToList();

    public static ManualSource Source => new("handbook.pdf", [0x25, 0x50, 0x44, 0x46, 0x2d, 1, 2, 3]);
}
