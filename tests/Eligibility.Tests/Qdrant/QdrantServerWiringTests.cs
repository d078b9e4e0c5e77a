using System.Text.Json;
using Eligibility.Core.Retrieval;
using Eligibility.Infrastructure.Qdrant;
using Eligibility.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Eligibility.Tests.Qdrant;

/// <summary>With <c>Qdrant:Url</c> set, the server indexes and searches through the Qdrant adapter alone.</summary>
public sealed class QdrantServerWiringTests
{
    [Fact]
    public async Task The_server_uses_the_adapter_when_Qdrant_is_configured_and_the_sample_manuals_are_searchable()
    {
        await using var qdrant = await LoopbackQdrant.StartAsync();
        await using var app = new EligibilityApp(settings: new Dictionary<string, string> { ["Qdrant:Url"] = qdrant.Url });

        var index = app.Services.GetRequiredService<IPassageIndex>();
        using var client = app.CreateClient();
        var health = JsonDocument.Parse(await client.GetStringAsync("/health", TestContext.Current.CancellationToken)).RootElement;

        Assert.IsType<QdrantPassageIndex>(index);
        Assert.Equal(2, health.GetProperty("manualsInEffect").GetInt32());
        var retriever = app.Services.GetRequiredService<HybridRetriever>();
        var found = await retriever.RetrieveAsync(new RetrievalRequest("property limit for one person", new DateOnly(2026, 2, 1)), TestContext.Current.CancellationToken);
        Assert.Contains(found, p => p.Passage.SectionPath.ToString().Contains("4.1 Property limit", StringComparison.Ordinal));
        Assert.Contains(qdrant.Requests<global::Qdrant.Client.Grpc.QueryPoints>(), q => q.Using == "bm25");
        Assert.True(qdrant.State.PointCount("eligibility-passages") > 0);
    }
}

/// <summary>Readiness covers Qdrant when it is configured: ready while it answers its probe, 503 naming it when it does not.</summary>
public sealed class QdrantReadinessTests
{
    [Fact]
    public async Task Readiness_names_Qdrant_when_it_stops_answering()
    {
        var qdrant = await LoopbackQdrant.StartAsync();
        await using var app = new EligibilityApp(settings: new Dictionary<string, string> { ["Qdrant:Url"] = qdrant.Url });
        using var client = app.CreateClient();

        using (var ready = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, ready.StatusCode);
            Assert.Contains("\"qdrant\":{\"status\":\"healthy\"", await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        await qdrant.DisposeAsync();
        using var down = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, down.StatusCode);
        var report = JsonDocument.Parse(await down.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal("unhealthy", report.GetProperty("checks").GetProperty("qdrant").GetProperty("status").GetString());
        Assert.StartsWith("Qdrant does not answer", report.GetProperty("checks").GetProperty("qdrant").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("healthy", report.GetProperty("checks").GetProperty("records").GetProperty("status").GetString());
        using var live = await client.GetAsync("/health/live", TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, live.StatusCode);
    }
}

/// <summary>The ingest CLI indexes through the Qdrant adapter when <c>Qdrant__Url</c> is set, as the server does.</summary>
public sealed class QdrantCliWiringTests
{
    [Fact]
    public async Task Adding_a_manual_with_Qdrant_configured_goes_through_the_adapter()
    {
        await using var qdrant = await LoopbackQdrant.StartAsync();
        using var data = new TempDataFolder();

        var result = await IngestCli.RunAsync(new Dictionary<string, string> { ["Qdrant__Url"] = qdrant.Url }, "--data", data.Directory, "add", "--manifest", SampleManuals.Manifest, "--publish");

        Assert.True(result.ExitCode == 0, result.StdOut + result.StdErr);
        Assert.Contains(qdrant.Requests<global::Qdrant.Client.Grpc.UpsertPoints>(), u => u.Points.Any(p => p.Payload["version"].StringValue == "2026-01-01"));
    }
}
