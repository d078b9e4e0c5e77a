using System.Text;

namespace Eligibility.Ingest.Reading;

/// <summary>Cheap checks before Poppler runs, so the common bad inputs get a precise reason.</summary>
public static class PdfPreflight
{
    /// <summary>Why the first bytes of a file are not a PDF's, or null when they are (its header may sit anywhere in the first 1024).</summary>
    public static string? HeaderProblem(ReadOnlySpan<byte> content)
    {
        var head = content[..Math.Min(1024, content.Length)];
        return head.IndexOf("%PDF-"u8) >= 0 ? null : $"not a PDF (no %PDF- header; content looks like {Sniff(head.ToArray())})";
    }

    internal static void Check(string path)
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

        var head = new byte[Math.Min(1024, info.Length)];
        using (var stream = File.OpenRead(path))
        {
            stream.ReadExactly(head);
        }

        if (HeaderProblem(head) is { } problem)
        {
            throw new UnreadableDocumentException(path, problem);
        }
    }

    /// <summary>
    /// For a lenient in-process reader: a file with no <c>startxref</c> and no <c>%%EOF</c> in its last kilobyte
    /// was cut short, and the text a lenient parser could still recover from its first pages is not kept.
    /// </summary>
    internal static void CheckComplete(string path)
    {
        using var stream = File.OpenRead(path);
        var tail = new byte[Math.Min(1024, stream.Length)];
        stream.Seek(-tail.Length, SeekOrigin.End);
        stream.ReadExactly(tail);
        if (tail.AsSpan().IndexOf("startxref"u8) < 0 && tail.AsSpan().IndexOf("%%EOF"u8) < 0)
        {
            throw new UnreadableDocumentException(path, "damaged or truncated PDF (no xref/trailer)");
        }
    }

    private static string Sniff(byte[] head)
    {
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\r', '\n', '\t').ToLowerInvariant();
        if (text.StartsWith("<!doctype html", StringComparison.Ordinal) || text.StartsWith("<html", StringComparison.Ordinal))
        {
            return "HTML";
        }

        if (text.StartsWith("<?xml", StringComparison.Ordinal))
        {
            return "XML";
        }

        if (head[0] == 'P' && head.Length > 1 && head[1] == 'K')
        {
            return "a ZIP archive, e.g. a Word document";
        }

        var printable = head.Count(b => b is 9 or 10 or 13 || (b >= 32 && b < 127) || b >= 0xC0);
        return printable > head.Length * 0.9 ? "plain text" : "binary data";
    }
}
