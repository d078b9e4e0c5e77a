using Eligibility.Tests.Determinations.Api;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Publishing;

/// <summary>
/// The watched folder: a manifest dropped there with its files becomes staged uploads, and is renamed with a note
/// saying what became of each file; a manifest that cannot be read is renamed refused, with its reason.
/// </summary>
public sealed class FolderWatchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_manifest_dropped_in_the_watched_folder_becomes_staged_uploads()
    {
        var watched = Directory.CreateTempSubdirectory("eligibility-watch-").FullName;
        await using var app = new EligibilityApp(settings: new Dictionary<string, string> { ["Publishing:WatchFolder"] = watched, ["Publishing:SweepSeconds"] = "1" });
        using var policy = await DeterminationClient.SignedInAsync(app, "policy");

        var letter = Path.Combine(watched, "letter-2026-07");
        Directory.CreateDirectory(letter);
        await File.WriteAllTextAsync(Path.Combine(letter, "hours.md"), "# Office hours\n\n## 1.1 Hours\n\nOffices open at 8 on weekdays.\n", Ct);
        await File.WriteAllTextAsync(Path.Combine(letter, "manifest.json"),
            """[{ "file": "hours.md", "manual": "county-hours", "title": "County office hours", "version": "2026-07", "effective": "2026-07-01" }, { "file": "missing.md", "manual": "gone", "title": "Gone", "version": "1", "effective": "2026-07-01" }]""", Ct);
        await File.WriteAllTextAsync(Path.Combine(watched, "manifest.json"), "{ not json", Ct);

        var note = await NoteAsync(letter, "accepted");
        Assert.Contains("missing.md: file not found beside the manifest", note, StringComparison.Ordinal);
        var id = System.Text.RegularExpressions.Regex.Match(note, @"hours\.md: queued as upload (upl-[0-9a-f]+)").Groups[1].Value;
        Assert.NotEmpty(id);
        var upload = await AdminClient.FinishedAsync(policy, id);
        Assert.Equal(("staged", "watch-folder"), (upload.GetProperty("status").GetString(), upload.GetProperty("uploadedBy").GetString()));
        Assert.False(File.Exists(Path.Combine(letter, "manifest.json")));

        Assert.StartsWith("manifest.json: not a JSON array", await NoteAsync(watched, "refused"), StringComparison.Ordinal);
    }

    private static async Task<string> NoteAsync(string folder, string outcome)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (Directory.GetFiles(folder, $"manifest.json.{outcome}-*.txt") is [var note])
            {
                return await File.ReadAllTextAsync(note, Ct);
            }

            Assert.True(DateTime.UtcNow < until, $"no {outcome} manifest in {folder}: {string.Join(", ", Directory.GetFiles(folder))}");
            await Task.Delay(200, Ct);
        }
    }
}
