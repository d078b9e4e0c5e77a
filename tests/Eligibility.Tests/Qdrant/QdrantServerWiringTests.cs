using System.Text.Json;
using Eligibility.Core.Retrieval;
using Eligibility.Infrastructure.Qdrant;
using Eligibility.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Eligibility.Tests.Qdrant;

/// <summary>With <c>Qdrant:Url</c> set, the server searches through the Qdrant adapter and still answers from the embedded lexical index.</summary>
public sealed class QdrantServerWiringTests
{
    [Fact]
    public async Task The_server_uses_the_adapter_when_Qdrant_is_configured_and_the_sample_manuals_are_searchable()
    {
        await using var qdrant = FakeQdrantServer.Start();
        await using var app = new EligibilityApp(settings: new Dictionary<string, string> { ["Qdrant:Url"] = qdrant.BaseUrl });

        var index = app.Services.GetRequiredService<IPassageIndex>();
        using var client = app.CreateClient();
        var health = JsonDocument.Parse(await client.GetStringAsync("/health", TestContext.Current.CancellationToken)).RootElement;

        Assert.IsType<QdrantPassageIndex>(index);
        Assert.Equal(2, health.GetProperty("manualsInEffect").GetInt32());
        var retriever = app.Services.GetRequiredService<HybridRetriever>();
        var found = await retriever.RetrieveAsync(new RetrievalRequest("property limit for one person", new DateOnly(2026, 2, 1)), TestContext.Current.CancellationToken);
        Assert.Contains(found, p => p.Passage.SectionPath.ToString().Contains("4.1 Property limit", StringComparison.Ordinal));
    }
}
