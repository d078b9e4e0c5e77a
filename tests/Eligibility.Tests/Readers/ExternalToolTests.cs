using System.Diagnostics;
using System.Globalization;
using Eligibility.Ingest.Reading;

namespace Eligibility.Tests.Readers;

/// <summary>
/// A tool the ingester runs ends with the process that runs it, however that process ends; no more tools run at
/// once than there are cores.
/// </summary>
public sealed class ExternalToolTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_tool_is_killed_within_seconds_of_its_owner_being_killed()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "the guard is for Unix");
        using var owner = Process.Start(new ProcessStartInfo("sleep", "120") { UseShellExecute = false })!;
        var marker = (40 + Random.Shared.NextDouble()).ToString("0.000000", CultureInfo.InvariantCulture); // a sleep nobody else runs
        var run = ExternalTool.RunAsync("sleep", [marker], owner.Id, Ct);
        await WaitUntilAsync(() => Running(marker), TimeSpan.FromSeconds(5));

        owner.Kill();
        var ended = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(5), Ct));

        Assert.Same(run, ended);
        Assert.NotEqual(0, (await run).ExitCode);
        Assert.False(Running(marker), $"sleep {marker} outlived its owner");
    }

    [Fact]
    public async Task A_tool_that_finishes_gives_its_output_error_and_exit_code_through_the_guard()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "the guard is for Unix");

        var result = await ExternalTool.RunAsync("sh", ["-c", "echo out; echo err >&2; exit 3"], Ct);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("out\n", result.StdOut);
        Assert.Equal("err\n", result.StdErr);
    }

    [Fact]
    public async Task No_more_tools_run_at_once_than_there_are_cores()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "the tool here is sh");
        var running = Directory.CreateTempSubdirectory("eligibility-tools-");
        try
        {
            // Each run marks itself running, counts the runs marked, and stays a moment.
            const string script = "touch \"$0/$$\"; ls \"$0\" | wc -l; sleep 0.3; rm \"$0/$$\"";
            var runs = Enumerable.Range(0, 3 * Environment.ProcessorCount).Select(_ => ExternalTool.RunAsync("sh", ["-c", script, running.FullName], Ct));

            var seen = (await Task.WhenAll(runs)).Select(r => int.Parse(r.StdOut.Trim(), CultureInfo.InvariantCulture)).ToList();

            Assert.InRange(seen.Max(), 1, Environment.ProcessorCount);
        }
        finally
        {
            running.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_missing_tool_is_named()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ExternalTool.RunAsync("no-such-tool-here", [], Ct));

        Assert.StartsWith("'no-such-tool-here' is not installed", error.Message, StringComparison.Ordinal);
    }

    private static bool Running(string marker)
    {
        var pgrep = Process.Start(new ProcessStartInfo("pgrep", ["-f", $"^sleep {marker}$"]) { RedirectStandardOutput = true, UseShellExecute = false })!;
        pgrep.WaitForExit();
        return pgrep.ExitCode == 0;
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.Elapsed < timeout, "the tool did not start");
            await Task.Delay(50, Ct);
        }
    }
}
