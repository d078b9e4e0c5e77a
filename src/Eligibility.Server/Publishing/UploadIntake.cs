using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Eligibility.Core.Audit;
using Eligibility.Core.Manuals;
using Eligibility.Core.Publishing;
using Hangfire;
using Microsoft.Extensions.Options;

namespace Eligibility.Server.Publishing;

/// <summary>
/// Checks each offered file (type, size, content, the version it is to become), keeps the good ones as queued
/// uploads with their audit entries, and gives each its ingestion job. A refused file gets one line naming it and
/// the reason; nothing of it is kept.
/// </summary>
public sealed class UploadIntake(IUploadStore uploads, IBackgroundJobClient jobs, IOptions<PublishingOptions> options, TimeProvider clock, PublishingNotifier notifier)
{
    public static readonly string[] Extensions = [".pdf", ".html", ".htm", ".md", ".markdown", ".txt"];

    public async Task<IReadOnlyList<UploadReceipt>> AcceptAsync(IReadOnlyList<UploadFile> files, string actor, CancellationToken ct)
    {
        var receipts = new List<UploadReceipt>(files.Count);
        foreach (var file in files)
        {
            var name = Path.GetFileName(file.FileName);
            if (Problem(file, name) is { } problem)
            {
                receipts.Add(new UploadReceipt(name, null, $"{name}: {problem}"));
                continue;
            }

            var now = clock.GetUtcNow();
            var id = "upl-" + Guid.NewGuid().ToString("n")[..16];
            var upload = new Upload(id, name, file.ManualId!.Trim(), file.Title!.Trim(), file.Version!.Trim(), ParseDate(file.Effective)!.Value, file.Content.LongLength,
                Convert.ToHexStringLower(SHA256.HashData(file.Content)), actor, now, UploadStatus.Queued, "queued", 0, 0, [], null, 0, now);
            await uploads.AddAsync(upload, file.Content, new AuditRecord(actor, "upload-received", id, new
            {
                file = name, bytes = upload.Bytes, sha256 = upload.Sha256, manual = upload.ManualId, version = upload.Version, effective = upload.EffectiveDate,
            }), ct);
            await EnqueueAsync(id, ct);
            await notifier.UploadChangedAsync(upload, ct);
            receipts.Add(new UploadReceipt(name, id, null));
        }

        return receipts;
    }

    /// <summary>Gives an upload a (new) ingestion job and notes which.</summary>
    public async Task EnqueueAsync(string uploadId, CancellationToken ct)
    {
        var jobId = jobs.Enqueue<UploadIngestJob>(job => job.RunAsync(uploadId, CancellationToken.None));
        await uploads.SetJobAsync(uploadId, jobId, ct);
    }

    private string? Problem(UploadFile file, string name)
    {
        var limit = options.Value.MaxUploadBytes;
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (!Extensions.Contains(extension))
        {
            return $"not a supported file type ('{extension}'); upload PDF, HTML, Markdown or text ({string.Join(", ", Extensions)})";
        }

        if (file.Content.Length == 0)
        {
            return "file is empty (0 bytes)";
        }

        if (file.Content.LongLength > limit)
        {
            return $"{Megabytes(file.Content.LongLength)} is over the upload limit of {Megabytes(limit)} (Publishing:MaxUploadBytes)";
        }

        if (extension == ".pdf" && Ingest.Reading.PdfPreflight.HeaderProblem(file.Content) is { } notPdf)
        {
            return notPdf;
        }

        if (extension != ".pdf" && !IsText(file.Content))
        {
            return $"not a text file (a {extension} file must be UTF-8 text)";
        }

        return ManualIdentity.CheckManualId(file.ManualId?.Trim() ?? "")
            ?? ManualIdentity.CheckVersion(file.Version?.Trim() ?? "")
            ?? (string.IsNullOrWhiteSpace(file.Title) ? "no title given for the manual" : null)
            ?? (ParseDate(file.Effective) is null ? $"effective date '{file.Effective}' is not a date (use YYYY-MM-DD)" : null);
    }

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static bool IsText(byte[] content)
    {
        if (content.AsSpan().IndexOf((byte)0) >= 0)
        {
            return false;
        }

        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(content);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static string Megabytes(long bytes) => $"{bytes / 1024.0 / 1024.0:0.#} MB";
}
