using Eligibility.Infrastructure.Hosting;
using Eligibility.Ingest.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Eligibility.Tests.Support;

/// <summary>
/// The product's services for a test without a web server: the same <c>Add…</c> registrations as the server, the
/// CLI and the evals runner, over a data folder (and settings) of the test's own. The host is built, not started.
/// </summary>
public static class TestHost
{
    public static IHost Build(string dataDirectory, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = dataDirectory });
        builder.Configuration.AddInMemoryCollection([new($"{DataOptions.SectionName}:{nameof(DataOptions.Directory)}", dataDirectory)]);
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        }

        builder.AddRecords();
        builder.AddRetrieval();
        builder.AddAnswering();
        builder.AddIngestion();
        services?.Invoke(builder.Services);
        return builder.Build();
    }
}
