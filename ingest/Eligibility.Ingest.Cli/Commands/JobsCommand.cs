using System.CommandLine;
using Eligibility.Core.Publishing;

namespace Eligibility.Ingest.Cli.Commands;

/// <summary><c>jobs</c>: the server's uploads and their ingestion jobs (status, stage, pages, passages, reason), newest first.</summary>
internal static class JobsCommand
{
    public static Command Create()
    {
        var limit = new Option<int>("--limit") { Description = "How many", DefaultValueFactory = _ => 50 };
        var command = new Command("jobs", "Uploads made on the server and how their ingestion jobs went") { limit };
        command.SetAction(async (result, ct) =>
        {
            using var services = new CliServices(result.GetRequiredValue(CliOptions.Data));
            var uploads = await services.Get<IUploadStore>().ListAsync(Math.Clamp(result.GetValue(limit), 1, 1000), ct);
            if (result.GetValue(CliOptions.Json))
            {
                Output.Json(uploads);
                return 0;
            }

            foreach (var u in uploads)
            {
                Output.Line($"{u.Id}  {u.FileName} -> {u.ManualId}@{u.Version}  {u.Status.ToString().ToLowerInvariant()} ({u.Stage})  {u.Pages} pages  {u.Passages} passages  by {u.UploadedBy} {u.UploadedAt:yyyy-MM-dd HH:mm}"
                    + (u.Error is null ? "" : $"{Environment.NewLine}    {u.Error}"));
            }

            if (uploads.Count == 0)
            {
                Output.Line("no uploads");
            }

            return 0;
        });
        return command;
    }
}
