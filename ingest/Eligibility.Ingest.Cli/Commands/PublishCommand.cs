using System.CommandLine;
using Eligibility.Core.Audit;
using Eligibility.Core.Manuals;
using Eligibility.Core.Publishing;

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
        var overrideGate = new Option<string?>("--override") { Description = "Publish although the version's last gate run failed, for this reason (on record)" };
        var command = new Command("publish", "Publish a staged (or withdrawn) version atomically") { manual, version, overrideGate };
        command.SetAction(async (result, ct) =>
        {
            using var services = new CliServices(result.GetRequiredValue(CliOptions.Data));
            try
            {
                var key = new ManualVersionKey(result.GetRequiredValue(manual), result.GetRequiredValue(version));
                if (await services.Store.FindVersionAsync(key, ct) is null)
                {
                    throw new KeyNotFoundException($"no version {key}; run 'list --manual {key.ManualId}' to see its versions");
                }

                // A gate run that did not pass blocks, unless overridden with a reason (the CLI's user holds the database, as an admin does).
                if (await services.Get<IGateRunStore>().LatestAsync(key, ct) is { Status: GateStatus.Failed or GateStatus.Error } gate)
                {
                    var reason = result.GetValue(overrideGate)?.Trim();
                    if (string.IsNullOrEmpty(reason))
                    {
                        throw new CliError($"{key}'s last gate run did not pass ({string.Join("; ", gate.Failures.DefaultIfEmpty(gate.Error ?? "error"))}); run 'gate' again, or publish with --override REASON");
                    }

                    await services.Audit.AppendAsync(new AuditRecord(Environment.UserName, "gate-overridden", key.ToString(), new { reason, run = gate.Id }), ct);
                }

                var publication = await services.Publisher.PublishAsync(key, Environment.UserName, ct);
                var (published, review) = (publication.Published, publication.Review);
                var line = $"published {published.Key} (effective {published.EffectiveDate:yyyy-MM-dd})";
                if (review.Previous is { } previous)
                {
                    // What relied on the text this version replaces; the owners of decided determinations get a notice in the panel.
                    line += $"{Environment.NewLine}relied on text it changes or removes in {previous.Key}: {review.ImpactLine}"
                        + string.Concat(review.DecidedDeterminations.Select(d => $"{Environment.NewLine}  flagged for review: determination {d.DeterminationId} ({d.State.ToLowerInvariant()}, owner {d.Owner} notified)"));
                }

                Write(result, new
                {
                    Published = published.Key.ToString(), Effective = published.EffectiveDate, Replaces = review.Previous?.Key.ToString(),
                    Answers = review.Impact.Answers.Select(a => a.AnswerId),
                    Determinations = review.Impact.Determinations.Select(d => new { Determination = d.DeterminationId, d.State, d.Owner }),
                    Flagged = review.DecidedDeterminations.Select(d => d.DeterminationId),
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
