using Eligibility.Infrastructure.Hosting;
using Eligibility.Ingest.Pipeline;
using Microsoft.Extensions.Hosting;

namespace Eligibility.Ingest.Cli;

/// <summary>
/// The CLI's composition: the same <c>Add…</c> registrations as the server (the database in the data folder,
/// retrieval, ingestion). The host is built, never started: the database migrates on first use.
/// </summary>
public static class CliHost
{
    public static HostApplicationBuilder CreateBuilder(string dataDirectory)
    {
        var builder = ToolHost.CreateBuilder(dataDirectory);
        builder.AddRecords();
        builder.AddRetrieval();
        builder.AddIngestion();
        return builder;
    }
}
