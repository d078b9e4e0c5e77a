using Eligibility.Evals.Running;
using Eligibility.Infrastructure.Hosting;
using Eligibility.Infrastructure.Records;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Eligibility.Evals;

/// <summary>
/// The evals runner's composition for in-process runs: the same <c>Add…</c> registrations as the server (the
/// database in the data folder, retrieval, answering).
/// </summary>
public static class EvalsHost
{
    public static HostApplicationBuilder CreateBuilder(string dataDirectory)
    {
        var builder = ToolHost.CreateBuilder(dataDirectory);
        builder.AddRecords();
        builder.AddRetrieval();
        builder.AddAnswering();
        builder.Services.AddSingleton<InProcessAnswerSource>();
        return builder;
    }

    /// <summary>Whether the folder holds a database to evaluate (always assumed for PostgreSQL, which lives elsewhere).</summary>
    public static bool HasIndex(string dataDirectory) =>
        string.Equals(Environment.GetEnvironmentVariable($"{RecordsOptions.SectionName}__{nameof(RecordsOptions.Provider)}"), RecordsOptions.Postgres, StringComparison.OrdinalIgnoreCase)
        || File.Exists(Path.Combine(dataDirectory, RecordsOptions.DefaultFileName))
        || File.Exists(Path.Combine(dataDirectory, "eligibility.db"));
}
