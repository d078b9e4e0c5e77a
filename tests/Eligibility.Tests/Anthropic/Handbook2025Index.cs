using Eligibility.Core.Retrieval;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Anthropic;

/// <summary>The 2025 sample handbook ingested once per test class, for drafting tests that only retrieve from it.</summary>
public sealed class Handbook2025Index : IAsyncLifetime
{
    private readonly TempDataFolder _data = new();

    public HybridRetriever Retriever() => _data.Retriever;

    public async ValueTask InitializeAsync() => await _data.Pipeline.IngestAsync(SampleManuals.Handbook2025, publish: true, CancellationToken.None);

    public ValueTask DisposeAsync()
    {
        _data.Dispose();
        return ValueTask.CompletedTask;
    }
}
