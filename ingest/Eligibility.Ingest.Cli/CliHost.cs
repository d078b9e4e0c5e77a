using Eligibility.Infrastructure.Hosting;
using Eligibility.Ingest.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Eligibility.Ingest.Cli;

/// <summary>
/// The CLI's composition: the same <c>Add…</c> registrations as the server (the database in the data folder, retrieval,
/// ingestion), configured from the same names as environment variables (<c>Records__Provider</c>, <c>Qdrant__Url</c>,
/// <c>Embeddings__Provider</c>, …). The host is built, never started: the database migrates on first use.
/// </summary>
public static class CliHost
{
    public static HostApplicationBuilder CreateBuilder(string dataDirectory)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = Directory.GetCurrentDirectory() });
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddInMemoryCollection([new($"{DataOptions.SectionName}:{nameof(DataOptions.Directory)}", Path.GetFullPath(dataDirectory))]);

        // Standard output is the command's own (tables, JSON); warnings and errors go to standard error.
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning);
        builder.AddRecords();
        builder.AddRetrieval();
        builder.AddIngestion();
        return builder;
    }
}
