using Eligibility.Core.Manuals;
using Eligibility.Core.Retrieval;
using Moq;

namespace Eligibility.Tests.Retrieval;

/// <summary>Warming up readies every published version, not only those in effect today: as-of questions about a past date are not the slow ones.</summary>
public sealed class IndexWarmUpTests
{
    private static ManualVersion Version(string version, DateOnly effective, VersionStatus status) =>
        new("handbook", version, "Handbook", effective, status, "hash", "handbook.pdf", "sha", 1, 1, DateTimeOffset.UnixEpoch, null, []);

    [Fact]
    public async Task Warming_up_reaches_past_versions_and_leaves_out_staged_and_withdrawn_ones()
    {
        var ct = TestContext.Current.CancellationToken;
        var past = Version("2019", new DateOnly(2019, 10, 1), VersionStatus.Published);
        var current = Version("2020", new DateOnly(2020, 11, 2), VersionStatus.Published);
        var staged = Version("2027", new DateOnly(2027, 1, 1), VersionStatus.Staged);
        var withdrawn = Version("2018", new DateOnly(2018, 1, 1), VersionStatus.Withdrawn);
        var store = new Mock<IManualStore>();
        store.Setup(s => s.VersionsInEffectAsync(It.IsAny<DateOnly>(), It.IsAny<IReadOnlyCollection<string>?>(), It.IsAny<CancellationToken>())).ReturnsAsync([current]);
        store.Setup(s => s.ListVersionsAsync(null, It.IsAny<CancellationToken>())).ReturnsAsync([withdrawn, past, current, staged]);
        var scopes = new List<IReadOnlyCollection<ManualVersionKey>>();
        var index = new Mock<IPassageIndex>();
        index.Setup(i => i.GetTermStatisticsAsync(It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<IReadOnlyCollection<ManualVersionKey>>(), It.IsAny<CancellationToken>()))
            .Callback((IReadOnlyCollection<string> _, IReadOnlyCollection<ManualVersionKey> scope, CancellationToken _) => scopes.Add([.. scope]))
            .ReturnsAsync(new TermStatistics(0, new Dictionary<string, int>()));
        index.Setup(i => i.SearchHybridAsync(It.IsAny<LexicalQuery>(), It.IsAny<ReadOnlyMemory<float>?>(), It.IsAny<IReadOnlyCollection<ManualVersionKey>>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([]);
        index.Setup(i => i.MatchTermsAsync(It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<IReadOnlyCollection<ManualVersionKey>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Dictionary<string, HashSet<string>>());
        index.Setup(i => i.SearchLexicalAsync(It.IsAny<LexicalQuery>(), It.IsAny<IReadOnlyCollection<ManualVersionKey>>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([]);
        store.Setup(s => s.GetPassagesAsync(It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        var retriever = new HybridRetriever(store.Object, index.Object, TimeProvider.System, NoEmbeddings.Instance, new RetrievalOptions());

        await retriever.WarmUpAsync(ct);

        var warmed = scopes.SelectMany(s => s).ToHashSet();
        Assert.Contains(past.Key, warmed);
        Assert.Contains(current.Key, warmed);
        Assert.DoesNotContain(staged.Key, warmed);
        Assert.DoesNotContain(withdrawn.Key, warmed);
    }
}
