using System.CommandLine;
using Eligibility.Core.Audit;
using Eligibility.Core.Feedback;
using Eligibility.Core.Manuals;
using Eligibility.Core.Publishing;

namespace Eligibility.Ingest.Cli.Commands;

/// <summary>
/// <c>feedback</c>: the inbox of answers caseworkers marked wrong or outdated (open ones; <c>--all</c> with the
/// resolved), and <c>feedback resolve --id … --note …</c> [<c>--fixed-by manual@version</c>], which records the
/// resolution with its audit entry and leaves the caseworker a notice.
/// </summary>
internal static class FeedbackCommand
{
    public static Command Create()
    {
        var all = new Option<bool>("--all") { Description = "Include resolved feedback" };
        var command = new Command("feedback", "Answers caseworkers marked wrong or outdated") { all, Resolve() };
        command.SetAction(async (result, ct) =>
        {
            using var services = new CliServices(result.GetRequiredValue(CliOptions.Data));
            var items = await services.Get<IFeedbackInbox>().ListAsync(result.GetValue(all), 500, ct);
            if (result.GetValue(CliOptions.Json))
            {
                Output.Json(items);
                return 0;
            }

            Output.Line($"{items.Count} {(result.GetValue(all) ? "" : "open ")}feedback items");
            foreach (var f in items)
            {
                Output.Line($"{f.Id}  {f.Kind}  {f.User}  {f.CreatedAt:yyyy-MM-dd}  {f.Status.ToString().ToLowerInvariant()}: {f.Question}");
                if (f.Comment is { Length: > 0 } comment)
                {
                    Output.Line($"    comment: {comment}");
                }

                foreach (var c in f.Citations)
                {
                    Output.Line($"    [{c.Number}] {c.ManualId}@{c.Version} {c.SectionPath} p. {c.PageStart} ({c.PassageId})");
                }
            }

            return 0;
        });
        return command;
    }

    private static Command Resolve()
    {
        var id = new Option<string>("--id") { Description = "Feedback id", Required = true };
        var note = new Option<string>("--note") { Description = "How it was resolved", Required = true };
        var fixedBy = new Option<string?>("--fixed-by") { Description = "The version that fixes it, as manual@version" };
        var command = new Command("resolve", "Resolve a feedback item with a note") { id, note, fixedBy };
        command.SetAction(async (result, ct) =>
        {
            using var services = new CliServices(result.GetRequiredValue(CliOptions.Data));
            var (feedbackId, text, fix) = (result.GetRequiredValue(id), result.GetRequiredValue(note).Trim(), result.GetValue(fixedBy)?.Trim());
            if (text.Length == 0)
            {
                throw new CliError("--note must say how the feedback was resolved");
            }

            if (fix is not null && (!ManualVersionKey.TryParse(fix, out var key) || await services.Store.FindVersionAsync(key, ct) is null))
            {
                throw new CliError($"--fixed-by '{fix}' is not a stored version (manual@version); run 'list' to see them");
            }

            var actor = Environment.UserName;
            var item = await services.Get<IFeedbackInbox>().ResolveAsync(feedbackId, actor, text, fix, new AuditRecord(actor, "feedback-resolved", feedbackId, new { note = text, fixedBy = fix }), ct)
                ?? throw new CliError($"no wrong or outdated feedback {feedbackId}; run 'feedback' to see the open ones");
            await services.Get<INoticeStore>().RaiseAsync([item.ResolvedNotice(DateTimeOffset.UtcNow)], item.NoticeRecord, ct);
            if (result.GetValue(CliOptions.Json))
            {
                Output.Json(item);
            }
            else
            {
                Output.Line($"resolved {feedbackId}; {item.User} will see it in the panel");
            }

            return 0;
        });
        return command;
    }
}
