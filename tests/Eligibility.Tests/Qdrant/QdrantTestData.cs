using Eligibility.Core.Manuals;
using Eligibility.Core.Passages;
using Eligibility.Infrastructure.Qdrant;

namespace Eligibility.Tests.Qdrant;

/// <summary>Two versions of a small manual with three-dimensional vectors, and adapter options for a given server.</summary>
internal static class QdrantTestData
{
    public static readonly ManualVersionKey V1 = new("medi-cal-eligibility-handbook", "2025-07-01");
    public static readonly ManualVersionKey V2 = new("medi-cal-eligibility-handbook", "2026-01-01");

    /// <summary>What each passage says; the property limit changed between the versions.</summary>
    private static readonly string[] Texts =
    [
        "The property limit for one person is {0}. Countable property includes bank accounts and cash.",
        "Income is counted monthly for each member of the household, before taxes.",
        "Citizenship is verified at application through the federal data services hub.",
    ];

    public static QdrantOptions Options(string url, string collection = "test-passages", string? apiKey = null) => new()
    {
        Url = url,
        Collection = collection,
        ApiKey = apiKey,
        TimeoutSeconds = 10,
        MaxRetries = 2,
        RetryDelay = TimeSpan.FromMilliseconds(5),
    };

    public static IReadOnlyList<Passage> Passages(ManualVersionKey key, int count = 3) =>
        [.. Enumerable.Range(1, count).Select(i => Passage(key, i))];

    /// <summary>Passage i points mostly along axis i-1, so a query along one axis finds one passage first.</summary>
    public static IReadOnlyList<ReadOnlyMemory<float>> Vectors(int count = 3) =>
        [.. Enumerable.Range(0, count).Select(i => (ReadOnlyMemory<float>)Enumerable.Range(0, 3).Select(d => d == i % 3 ? 1f : 0.1f).ToArray())];

    private static Passage Passage(ManualVersionKey key, int ordinal)
    {
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, Texts[(ordinal - 1) % Texts.Length], key == V1 ? "$130,000" : "$2,000");
        var id = Core.Passages.Passage.MakeId(key, ordinal);
        return new Passage
        {
            Id = id,
            ManualId = key.ManualId,
            Version = key.Version,
            ManualTitle = "Medi-Cal Eligibility Handbook (sample)",
            EffectiveDate = DateOnly.Parse(key.Version, System.Globalization.CultureInfo.InvariantCulture),
            Ordinal = ordinal,
            SectionPath = SectionPath.Parse($"Chapter 4 Eligibility > 4.{ordinal} Rules"),
            PageStart = 1,
            PageEnd = 1,
            StartOffset = 0,
            EndOffset = text.Length,
            Text = text,
            ContextHeader = $"Medi-Cal Eligibility Handbook (sample) > 4.{ordinal} Rules",
            ContentHash = id,
            TokenEstimate = text.Length / 4,
        };
    }
}
