using System.CommandLine;
using Eligibility.Core.Manuals;

namespace Eligibility.Ingest.Cli.Commands;

/// <summary><c>publish</c> and <c>rollback</c>: the two atomic changes to what is searchable.</summary>
internal static class PublishCommand
{
    public static Command Publish()
    {
        var manual = new Option<string>("--manual") { Description = "Manual id", Required = true };
        var version = new Option<string>("--version") { Description = "Version to publish", Required = true };
        var command = new Command("publish", "Publish a staged (or withdrawn) version atomically") { manual, version };
        command.SetAction(async (result, ct) =>
        {
            using var services = new CliServices(result.GetRequiredValue(CliOptions.Data));
            try
            {
                var published = await services.Store.PublishAsync(new ManualVersionKey(result.GetRequiredValue(manual), result.GetRequiredValue(version)), Environment.UserName, ct);
                Write(result, new { Published = published.Key.ToString(), Effective = published.EffectiveDate }, $"published {published.Key} (effective {published.EffectiveDate:yyyy-MM-dd})");
                return 0;
            }
            catch (KeyNotFoundException e)
            {
                return Output.Error(e.Message);
            }
        });
        return command;
    }

    public static Command Rollback()
    {
        var manual = new Option<string>("--manual") { Description = "Manual id", Required = true };
        var command = new Command("rollback", "Withdraw the most recently published version of a manual") { manual };
        command.SetAction(async (result, ct) =>
        {
            using var services = new CliServices(result.GetRequiredValue(CliOptions.Data));
            try
            {
                var rollback = await services.Store.RollbackAsync(result.GetRequiredValue(manual), Environment.UserName, ct);
                var now = rollback.NowInEffect is { } v ? $"{v.Key} is in effect" : "no version is in effect today";
                Write(result, new { Withdrawn = rollback.Withdrawn.Key.ToString(), InEffect = rollback.NowInEffect?.Key.ToString() }, $"withdrew {rollback.Withdrawn.Key}; {now}");
                return 0;
            }
            catch (KeyNotFoundException e)
            {
                return Output.Error(e.Message);
            }
        });
        return command;
    }

    private static void Write(ParseResult result, object json, string line)
    {
        if (result.GetValue(CliOptions.Json))
        {
            Output.Json(json);
        }
        else
        {
            Output.Line(line);
        }
    }
}
