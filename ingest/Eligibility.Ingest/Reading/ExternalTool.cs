using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Eligibility.Ingest.Reading;

/// <summary>
/// Runs a command-line tool (Poppler, tesseract) and collects what it printed. A tool never outlives ingestion:
/// cancelling kills it, and on Unix it runs under a small <c>sh</c> guard that kills it within a second of this
/// process ending, however it ends (a crash or SIGKILL included), so no <c>pdftohtml</c> is left running.
/// At most one tool per core runs at once in the process, however many files are being ingested: the tools are
/// CPU-bound, so more would only share the cores (and memory) while the files' own parsing waits.
/// </summary>
internal static class ExternalTool
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    /// <summary>
    /// The guard: runs the tool in the background, a watcher polls the owner's pid once a second and kills the
    /// tool when the owner is gone; the tool's exit code is the guard's. Output passes straight through; the
    /// watcher holds none of it open, so the output ends when the tool does.
    /// </summary>
    private const string Guard =
        "owner=$1; shift; \"$@\" & tool=$!; "
        + "(while kill -0 \"$owner\" 2>/dev/null; do sleep 1; done; kill -9 \"$tool\" 2>/dev/null) </dev/null >/dev/null 2>&1 & watcher=$!; "
        + "wait \"$tool\"; status=$?; kill \"$watcher\" 2>/dev/null; exit $status";

    private static readonly SemaphoreSlim Slots = new(Environment.ProcessorCount);

    public static Task<Result> RunAsync(string tool, IEnumerable<string> args, CancellationToken ct) =>
        RunAsync(tool, args, Environment.ProcessId, ct);

    /// <summary>Runs <paramref name="tool"/> so that it ends when process <paramref name="owner"/> ends (tests pass another owner).</summary>
    internal static async Task<Result> RunAsync(string tool, IEnumerable<string> args, int owner, CancellationToken ct)
    {
        if (!IsInstalled(tool))
        {
            throw new InvalidOperationException($"'{tool}' is not installed; run the README's set-up command (it installs poppler-utils and tesseract-ocr).");
        }

        var guarded = !OperatingSystem.IsWindows() && IsInstalled("sh");
        var start = new ProcessStartInfo(guarded ? "sh" : tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        // tesseract's OpenMP threads fight each other on small machines; one page at a time is faster.
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        if (guarded)
        {
            foreach (var arg in (string[])["-c", Guard, "guard", owner.ToString(CultureInfo.InvariantCulture), tool])
            {
                start.ArgumentList.Add(arg);
            }
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        await Slots.WaitAsync(ct);
        try
        {
            return await RunAsync(start, tool, ct);
        }
        finally
        {
            Slots.Release();
        }
    }

    private static async Task<Result> RunAsync(ProcessStartInfo start, string tool, CancellationToken ct)
    {
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception)
        {
            throw new InvalidOperationException($"'{tool}' could not be started; run the README's set-up command (it installs poppler-utils and tesseract-ocr).");
        }

        using var kill = ct.Register(() => { try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { } });
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    public static bool IsInstalled(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, tool)) || (OperatingSystem.IsWindows() && File.Exists(Path.Combine(dir, tool + ".exe"))));
}
