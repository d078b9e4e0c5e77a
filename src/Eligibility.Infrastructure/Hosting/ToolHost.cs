using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Eligibility.Infrastructure.Hosting;

/// <summary>
/// The builder the command-line tools (ingest, evals, benchmarks) start from: configured from environment
/// variables under the server's names (<c>Records__Provider</c>, <c>Qdrant__Url</c>, <c>Embeddings__Provider</c>, …)
/// and the data folder given; warnings and errors go to standard error, which leaves standard output to the tool.
/// </summary>
public static class ToolHost
{
    public static HostApplicationBuilder CreateBuilder(string dataDirectory)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = Directory.GetCurrentDirectory() });
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddInMemoryCollection([new($"{DataOptions.SectionName}:{nameof(DataOptions.Directory)}", Path.GetFullPath(dataDirectory))]);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning);
        return builder;
    }
}
