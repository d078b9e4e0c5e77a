using System.Globalization;
using Eligibility.Ingest.Pipeline;
using Hangfire;
using Microsoft.Extensions.Options;

namespace Eligibility.Server.Publishing;

/// <summary>
/// The recurring job that watches <see cref="PublishingOptions.WatchFolder"/>: a <c>manifest.json</c> dropped
/// there (or in a folder inside it) with its files becomes staged uploads. The manifest is first renamed to claim
/// it (so two instances never take the same one), then to <c>manifest.json.accepted-…</c> or <c>.refused-…</c>,
/// with a <c>.txt</c> beside it saying what became of each file.
/// </summary>
public sealed class FolderWatch(UploadIntake intake, IOptions<PublishingOptions> options, TimeProvider clock, ILogger<FolderWatch> logger)
{
    public const string Actor = "watch-folder";

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(60)]
    [JobDisplayName("Look for manifests in the watched folder")]
    public async Task ScanAsync(CancellationToken ct)
    {
        var folder = options.Value.WatchFolder;
        if (string.IsNullOrWhiteSpace(folder))
        {
            return;
        }

        if (!Directory.Exists(folder))
        {
            ServerLog.WatchFolderProblem(logger, folder, "does not exist");
            return;
        }

        foreach (var manifest in Directory.EnumerateFiles(folder, "manifest.json", new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 2 }).ToList())
        {
            await TakeAsync(manifest, ct);
        }
    }

    private async Task TakeAsync(string manifest, CancellationToken ct)
    {
        var stamp = clock.GetUtcNow().ToString("yyyyMMddTHHmmssZ", CultureInfo.InvariantCulture);
        var taking = $"{manifest}.taking-{Environment.ProcessId}-{stamp}";
        try
        {
            File.Move(manifest, taking);
        }
        catch (IOException)
        {
            return; // another instance took it first
        }

        var lines = new List<string>();
        string outcome;
        try
        {
            var files = new List<UploadFile>();
            foreach (var entry in Manifest.Parse(await File.ReadAllTextAsync(taking, ct), "manifest.json", Path.GetDirectoryName(manifest)!))
            {
                var content = File.Exists(entry.File) ? await File.ReadAllBytesAsync(entry.File, ct) : null;
                if (content is null)
                {
                    lines.Add($"{Path.GetFileName(entry.File)}: file not found beside the manifest");
                    continue;
                }

                files.Add(new UploadFile(Path.GetFileName(entry.File), content, entry.ManualId, entry.Title, entry.Version, entry.EffectiveDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }

            var receipts = await intake.AcceptAsync(files, Actor, ct);
            lines.AddRange(receipts.Select(r => r.Error ?? $"{r.FileName}: queued as upload {r.UploadId}"));
            outcome = "accepted";
        }
        catch (FormatException e)
        {
            lines.Add(e.Message);
            outcome = "refused";
            ServerLog.WatchFolderProblem(logger, Path.GetDirectoryName(manifest)!, e.Message);
        }

        var done = $"{manifest}.{outcome}-{stamp}";
        File.Move(taking, done);
        await File.WriteAllLinesAsync(done + ".txt", lines, CancellationToken.None);
    }
}
