namespace Eligibility.Ingest.Reading;

/// <summary>A document that cannot be ingested; the message names the file and the reason in one line.</summary>
public sealed class UnreadableDocumentException(string file, string reason)
    : Exception($"{Path.GetFileName(file)}: {reason}")
{
    public string File { get; } = file;
    public string Reason { get; } = reason;
}
