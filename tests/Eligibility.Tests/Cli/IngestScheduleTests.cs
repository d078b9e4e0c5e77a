using Eligibility.Ingest.Pipeline;

namespace Eligibility.Tests.Cli;

/// <summary>Several files ingested at once start largest first; files that cannot be measured go last, in the order asked.</summary>
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

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, int bytes)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, new string('a', bytes));
        return path;
    }
}
