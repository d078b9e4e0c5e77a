namespace Eligibility.Ingest.Reading;

/// <summary>Turns one file into text with its positions or structure.</summary>
public interface IDocumentReader
{
    /// <summary>True when this reader handles files with the given extension (lower case, with the dot).</summary>
    bool Accepts(string extension);

    /// <summary>Reads the file or throws <see cref="UnreadableDocumentException"/> with the reason.</summary>
    Task<ExtractedDocument> ReadAsync(string path, CancellationToken ct);
}
