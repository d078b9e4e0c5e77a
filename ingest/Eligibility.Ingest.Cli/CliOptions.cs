using System.CommandLine;

namespace Eligibility.Ingest.Cli;

/// <summary>Options every command takes.</summary>
internal static class CliOptions
{
    public static readonly Option<string> Data = new("--data")
    {
        Description = "Data folder holding the embedded index",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("ELIGIBILITY_DATA") ?? "./data",
        Recursive = true,
    };

    public static readonly Option<bool> Json = new("--json")
    {
        Description = "Write machine-readable JSON to standard output",
        Recursive = true,
    };
}
