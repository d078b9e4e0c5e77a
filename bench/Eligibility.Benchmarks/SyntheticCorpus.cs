using Eligibility.Core.Manuals;
using Eligibility.Core.Passages;

namespace Eligibility.Benchmarks;

/// <summary>
/// Regulation-like passages made from a fixed vocabulary with a Zipf-like word distribution (seeded, so every
/// run builds the same corpus), spread over manuals of 5,000 passages each, all published.
/// </summary>
internal static class SyntheticCorpus
{
    private const int PerManual = 5_000;

    private static readonly string[] Common =
        "the of and to a in for or be is under that with by this as agency state must individual eligibility medicaid section paragraph income may not any who are which an on plan services determination application beneficiary".Split(' ');

    private static readonly string[] Domain =
        "disability notice hearing timeliness days determination renewal resources household pregnant child children newborn foster citizenship documentary evidence verification emergency residence presumptive hospital copayment cost sharing premium chip separate program enrollment continuous fmap federal matching percentage reduction termination advance electronic account interview in-person spouse parent caretaker relative ssi blind aged institution nursing facility psychiatric medically needy spend down retroactive coverage group optional mandatory exemption good cause cooperation medical support third party liability appeal dismissal abandonment calendar business period standard level poverty magi tax dependent filer".Split(' ');

    public static async Task WriteAsync(BenchServices embedded, int count)
    {
        var random = new Random(20261122);
        var manuals = (count + PerManual - 1) / PerManual;
        for (var m = 0; m < manuals; m++)
        {
            var key = new ManualVersionKey($"synthetic-{m:D3}", "2025-01-01");
            var title = $"Synthetic manual {m}";
            var effective = new DateOnly(2025, 1, 1);
            var passages = Enumerable.Range(1, Math.Min(PerManual, count - (m * PerManual)))
                .Select(i => Make(random, key, title, effective, i))
                .ToList();
            await embedded.Index.IndexAsync(key, passages, null, CancellationToken.None);
            var version = new ManualVersion(key.ManualId, key.Version, title, effective, VersionStatus.Staged, $"hash-{m}", "synthetic", $"sha-{m}", passages.Count / 3, passages.Count, DateTimeOffset.UtcNow, null, []);
            await embedded.Store.StageAsync(version, [], passages, new ManualSource("synthetic.txt", []), "bench", CancellationToken.None);
            await embedded.Store.PublishAsync(key, "bench", CancellationToken.None);
        }
    }

    private static Passage Make(Random random, ManualVersionKey key, string title, DateOnly effective, int ordinal)
    {
        var heading = $"§ {100 + (ordinal / 4)}.{ordinal % 4} {Word(random)} {Word(random)} {Word(random)}";
        var sentences = Enumerable.Range(0, 12).Select(_ => Sentence(random));
        var text = heading + ". " + string.Join(" ", sentences);
        var path = new SectionPath([$"Subpart {(char)('A' + (ordinal % 12))}", heading]);
        return new Passage
        {
            Id = Passage.MakeId(key, ordinal),
            ManualId = key.ManualId,
            Version = key.Version,
            ManualTitle = title,
            EffectiveDate = effective,
            Ordinal = ordinal,
            SectionPath = path,
            SectionNumber = heading.Split(' ')[1],
            PageStart = 1 + (ordinal / 3),
            PageEnd = 1 + (ordinal / 3),
            StartOffset = 0,
            EndOffset = text.Length,
            Text = text,
            ContextHeader = $"{title} > {path} (effective {effective:yyyy-MM-dd})",
            ContentHash = ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture),
            TokenEstimate = text.Length / 4, // retrieval never reads it; counting a million passages would dominate the build
        };
    }

    private static string Sentence(Random random)
    {
        var words = Enumerable.Range(0, random.Next(14, 24)).Select(_ => Word(random));
        var sentence = string.Join(' ', words);
        return char.ToUpperInvariant(sentence[0]) + sentence[1..] + ".";
    }

    // Roughly Zipf: common function words most often, domain words less, a long tail of rare made-up terms.
    private static string Word(Random random) => random.NextDouble() switch
    {
        < 0.55 => Common[(int)(Common.Length * Math.Pow(random.NextDouble(), 2))],
        < 0.90 => Domain[(int)(Domain.Length * Math.Pow(random.NextDouble(), 1.5))],
        _ => "term" + random.Next(20_000).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
