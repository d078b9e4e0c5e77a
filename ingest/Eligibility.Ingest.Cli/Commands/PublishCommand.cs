using System.CommandLine;
using Eligibility.Core.Manuals;

namespace Eligibility.Ingest.Cli.Commands;

/// <summary>
/// <c>publish</c> and <c>rollback</c>: the two atomic changes to what is searchable. Publishing also names the saved
/// answers and determinations that cited text the new version changes or removes in the one it takes over from.
/// </summary>
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
                var key = new ManualVersionKey(result.GetRequiredValue(manual), result.GetRequiredValue(version));
                var next = await services.Store.FindVersionAsync(key, ct) ?? throw new KeyNotFoundException($"no version {key}; run 'list --manual {key.ManualId}' to see its versions");
                var previous = await VersionReview.SupersededByAsync(services, next, ct);
                var review = previous is null ? null : await VersionReview.BetweenAsync(services, previous.Key, key, ct);
                var published = await services.Store.PublishAsync(key, Environment.UserName, ct);
                var line = $"published {published.Key} (effective {published.EffectiveDate:yyyy-MM-dd})";
                if (review is not null && previous is not null)
                {
                    // What relied on the text this version replaces, so the people who own it can look again.
                    line += $"{Environment.NewLine}relied on text it changes or removes in {previous.Key}: {review.ImpactLine}"
                        + string.Concat(review.Impact.Determinations.Where(d => d.State != "Draft").Select(d => $"{Environment.NewLine}  review determination {d.DeterminationId} ({d.State.ToLowerInvariant()}, owner {d.Owner})"));
                }

                Write(result, new
                {
                    Published = published.Key.ToString(), Effective = published.EffectiveDate, Replaces = previous?.Key.ToString(),
                    Answers = review?.Impact.Answers.Select(a => a.AnswerId) ?? [],
                    Determinations = review?.Impact.Determinations.Select(d => new { Determination = d.DeterminationId, d.State, d.Owner }) ?? [],
                }, line);
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
