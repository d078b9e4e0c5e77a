using System.Text;

namespace Eligibility.Ingest.Reading;

/// <summary>Reads a text-based manual strictly as UTF-8, with the same preflight as PDFs.</summary>
internal static class TextFile
{
    public static async Task<string> ReadAsync(string path, CancellationToken ct)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new UnreadableDocumentException(path, "file not found");
        }

        if (info.Length == 0)
        {
            throw new UnreadableDocumentException(path, "file is empty (0 bytes)");
        }

        var bytes = await File.ReadAllBytesAsync(path, ct);
        if (bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) >= 0)
        {
            throw new UnreadableDocumentException(path, "this is a PDF with a text file extension; rename it to .pdf");
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new UnreadableDocumentException(path, "not valid UTF-8 text");
        }
    }
}
