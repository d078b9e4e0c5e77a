using Eligibility.Core.Answering;
using Eligibility.Core.Audit;
using Eligibility.Core.Conversations;
using Eligibility.Core.Determinations;
using Eligibility.Core.Manuals;
using Eligibility.Core.Retrieval;
using Eligibility.Evals;
using Eligibility.Evals.Running;
using Eligibility.Ingest.Cli;
using Eligibility.Ingest.Pipeline;
using Eligibility.Tests.Support;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Eligibility.Tests.Composition;

/// <summary>
/// One composition root: the server, the ingest CLI and the evals runner build their services through the same
/// <c>Add…</c> registrations, so each entry point they share is registered the same way and resolves to the same
/// implementation; optional parts are null objects, never missing.
/// </summary>
public sealed class CompositionRootTests
{
    private static readonly Type[] Shared =
    [
        typeof(IManualStore), typeof(IPassageIndex), typeof(IAuditLog), typeof(IConversationStore), typeof(IDeterminationStore),
        typeof(HybridRetriever), typeof(IEmbeddingGenerator<string, Embedding<float>>), typeof(TimeProvider),
    ];

    [Fact]
    public async Task Server_CLI_and_evals_resolve_their_entry_points_from_the_same_registrations()
    {
        using var data = new TempDataFolder();
        IServiceCollection? serverServices = null;
        await using var server = new EligibilityApp(services: s => serverServices = s, settings: new Dictionary<string, string> { ["SampleManuals:IngestOnFirstStart"] = "false" });
        _ = server.Services;
        var cliBuilder = CliHost.CreateBuilder(data.Directory);
        var evalsBuilder = EvalsHost.CreateBuilder(data.Directory);
        using var cli = cliBuilder.Build();
        using var evals = evalsBuilder.Build();

        var hosts = new[] { ("server", serverServices!, server.Services), ("cli", cliBuilder.Services, cli.Services), ("evals", evalsBuilder.Services, evals.Services) };
        foreach (var type in Shared)
        {
            var registrations = hosts.Select(h => (h.Item1, Registration: Describe(h.Item2, type), Resolved: h.Item3.GetRequiredService(type).GetType())).ToList();
            Assert.All(registrations, r => Assert.Equal(registrations[0].Registration, r.Registration));
            Assert.All(registrations, r => Assert.Equal(registrations[0].Resolved, r.Resolved));
        }

        // Each host's own entry points resolve: ingestion for the server and the CLI, answering for the server and the evals.
        Assert.Equal(Describe(serverServices!, typeof(IngestionPipeline)), Describe(cliBuilder.Services, typeof(IngestionPipeline)));
        Assert.NotNull(cli.Services.GetRequiredService<IngestionPipeline>());
        Assert.Equal(Describe(serverServices!, typeof(AssistantService)), Describe(evalsBuilder.Services, typeof(AssistantService)));
        Assert.NotNull(evals.Services.GetRequiredService<InProcessAnswerSource>());
        Assert.NotNull(server.Services.GetRequiredService<DeterminationDrafting>());

        // With nothing configured the optional parts are explicit null objects.
        Assert.IsType<NoEmbeddings>(cli.Services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>());
        Assert.IsType<NoAnswerGenerator>(server.Services.GetRequiredService<IAnswerGenerator>());
        Assert.IsType<NoDeterminationDrafter>(server.Services.GetRequiredService<IDeterminationDrafter>());
    }

    /// <summary>How the last registration of a service is made: the implementation type, the factory method, or the instance's type.</summary>
    private static string Describe(IServiceCollection services, Type type)
    {
        var d = services.Last(s => s.ServiceType == type);
        var how = d.ImplementationType?.FullName ?? d.ImplementationInstance?.GetType().FullName
            ?? $"{d.ImplementationFactory!.Method.DeclaringType?.FullName}.{d.ImplementationFactory.Method.Name}";
        return $"{d.Lifetime} {how}";
    }
}
