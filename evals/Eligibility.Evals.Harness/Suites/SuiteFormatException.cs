namespace Eligibility.Evals.Suites;

/// <summary>A suite that does not follow the format; the message names the file and line.</summary>
public sealed class SuiteFormatException(string file, long line, string reason)
    : Exception($"{file}:{line}: {reason}")
{
    public string File { get; } = file;
    public long Line { get; } = line;
}
