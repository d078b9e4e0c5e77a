using System.Globalization;
using System.Text;
using Eligibility.Core.Audit;
using Eligibility.Infrastructure.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Eligibility.Infrastructure.Audit;

/// <summary>
/// Checkpoints in an append-only file (one line per committed entry: <c>sequence tag time</c>, each write flushed to
/// disk), and in the log stream. Several instances may append to one shared file: each line is one small
/// O_APPEND write, and the latest checkpoint is the highest sequence, whatever the order of lines.
/// </summary>
internal sealed partial class FileAuditCheckpoints(IOptions<AuditOptions> audit, IOptions<DataOptions> data, ILogger<FileAuditCheckpoints> logger) : IAuditCheckpoints
{
    public string Path { get; } = System.IO.Path.GetFullPath(audit.Value.CheckpointFile, data.Value.Directory);

    public async Task AppendAsync(AuditEntry head, CancellationToken ct)
    {
        var line = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{head.Sequence} {head.Hash} {head.At.UtcDateTime:O}\n"));
        await using (var file = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite))
        {
            await file.WriteAsync(line, ct);
            file.Flush(flushToDisk: true);
        }

        Checkpointed(logger, head.Sequence, head.Hash);
    }

    public async Task<AuditCheckpoint?> LatestAsync(CancellationToken ct)
    {
        if (!File.Exists(Path))
        {
            return null;
        }

        AuditCheckpoint? latest = null;
        using var reader = new StreamReader(new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            var parts = line.Split(' ');
            // A torn last line (a crash mid-write) is skipped; it never names a committed entry that is missing.
            if (parts.Length == 3 && long.TryParse(parts[0], CultureInfo.InvariantCulture, out var sequence) && parts[1].Length == 64
                && DateTimeOffset.TryParse(parts[2], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                && (latest is null || sequence > latest.Sequence))
            {
                latest = new AuditCheckpoint(sequence, parts[1], at);
            }
        }

        return latest;
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Audit checkpoint: entry {Sequence} tag {Tag}")]
    private static partial void Checkpointed(ILogger logger, long sequence, string tag);
}
