namespace Eligibility.Ingest.Cli;

/// <summary>A command cannot go on: its message is printed as one <c>error:</c> line and the exit code is 1.</summary>
internal sealed class CliError(string message) : Exception(message);
