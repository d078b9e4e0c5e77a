using System.CommandLine;
using Eligibility.Ingest.Cli;
using Eligibility.Ingest.Cli.Commands;

var root = new RootCommand("Eligibility ingest: turn policy manuals into versioned, cited passages")
{
    CliOptions.Data,
    CliOptions.Json,
    AddCommand.Create(),
    ListCommand.Create(),
    PublishCommand.Publish(),
    PublishCommand.Rollback(),
    DiffCommand.Create(),
    SearchCommand.Create(),
    VerifyCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
