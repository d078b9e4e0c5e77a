using System.Diagnostics;

namespace Eligibility.Tests.Support;

/// <summary>Runs the real ingest CLI (built beside the tests) as a separate process.</summary>
public static class IngestCli
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    public static Task<Result> RunAsync(params string[] args) => RunAsync(new Dictionary<string, string>(), args);

    private static readonly string Dotnet =
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(d => Path.Combine(d, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet")).FirstOrDefault(File.Exists)
        ?? "dotnet";

    /// <summary>How to start it with these arguments (output redirected).</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> args)
    {
        // By its full path, so a test may give the CLI a PATH without the tools it would use.
        var start = new ProcessStartInfo(Dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "eligibility-ingest.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    /// <summary>Runs it with extra environment variables (e.g. <c>Records__Provider</c>).</summary>
    public static Task<Result> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunAsync(environment, TimeSpan.FromMinutes(5), args);

    /// <summary>Runs it, killing it and failing the test when it has not finished within <paramref name="limit"/>.</summary>
    public static async Task<Result> RunAsync(IReadOnlyDictionary<string, string> environment, TimeSpan limit, params string[] args)
    {
        var start = StartInfo(args);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(limit, TestContext.Current.CancellationToken);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"ingest {string.Join(' ', args)} had not finished after {limit.TotalSeconds:N0} s");
        }

        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
