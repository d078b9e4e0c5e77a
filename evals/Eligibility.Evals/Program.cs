using System.CommandLine;

namespace Eligibility.Evals;

/// <summary>The evals CLI: <c>run</c> suites and write reports.</summary>
internal static class EvalsProgram
{
    public static async Task<int> Main(string[] args)
    {
        var root = new RootCommand("Eligibility evals: grounded-answer suites, metrics and reports") { RunCommand.Create() };
        return await root.Parse(args).InvokeAsync();
    }
}
