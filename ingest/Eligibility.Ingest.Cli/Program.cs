using System.CommandLine;
using Eligibility.Infrastructure.Records.Startup;
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
    ReviewCommand.Review(),
    ReviewCommand.Impact(),
    FeedbackCommand.Create(),
    JobsCommand.Create(),
    GateCommand.Create(),
    SearchCommand.Create(),
    VerifyCommand.Create(),
    RotateAuditKeyCommand.Create(),
};

try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (e is CliError or KeyNotFoundException)
{
    return Output.Error(e.Message);
}
catch (MigrationLockException e)
{
    // Another process is migrating the database: say which lock and what to do, not a stack trace.
    return Output.Error(e.Message);
}
catch (Exception e) when (e is System.Data.Common.DbException or IOException or InvalidOperationException)
{
    // The database or the data folder cannot be used (refused connection, unreadable file): the reason, in one line.
    return Output.Error(e.Message);
}
