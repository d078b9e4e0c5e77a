using Eligibility.Ingest.Pipeline;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Cli;

/// <summary>
/// Several files ingested at once start largest first; files that cannot be measured go last, in the order asked;
/// outcomes come back in the order asked.
/// </summary>
public sealed class IngestScheduleTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("eligibility-schedule-");

    [Fact]
    public void The_largest_file_starts_first_and_unmeasurable_ones_last()
    {
        var small = Write("small.md", 10);
        var large = Write("large.md", 5_000);
        var medium = Write("medium.md", 800);
        var alsoMedium = Write("also-medium.md", 800);
        var missing = Path.Combine(_folder.FullName, "missing.pdf");
        var requests = new[] { small, missing, medium, large, alsoMedium }
            .Select(f => new IngestRequest(f, "m", "M", Path.GetFileNameWithoutExtension(f), new DateOnly(2026, 1, 1))).ToList();

        var order = IngestSchedule.LargestFirst(requests).Select(r => Path.GetFileName(r.File)).ToList();

        Assert.Equal(["large.md", "medium.md", "also-medium.md", "small.md", "missing.pdf"], order);
    }

    [Fact]
    public async Task Every_file_is_ingested_and_its_outcome_comes_back_in_the_order_asked()
    {
        using var data = new TempDataFolder();
        var missing = Path.Combine(_folder.FullName, "missing.pdf");
        var requests = new[] { SampleManuals.NoticesGuide, new IngestRequest(missing, "m", "M", "1", new DateOnly(2026, 1, 1)), SampleManuals.Handbook2025, SampleManuals.Handbook2026 };
        var reported = new List<string>();

        var outcomes = await IngestSchedule.RunAsync(data.Pipeline, requests, publish: true, o => { lock (reported) { reported.Add(o.File); } }, TestContext.Current.CancellationToken);

        Assert.Equal(requests.Select(r => (r.File, r.Version)), outcomes.Select(o => (o.File, o.Key.Version)));
        Assert.Equal([true, false, true, true], outcomes.Select(o => o.Succeeded));
        Assert.Equal(requests.Select(r => r.File).Order(), reported.Order());
        Assert.Equal(3, (await data.Store.ListVersionsAsync(null, TestContext.Current.CancellationToken)).Count);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, int bytes)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, new string('a', bytes));
        return path;
    }
}
