using Eligibility.Core.Manuals;
using Eligibility.Core.Passages;
using Eligibility.Ingest.Chunking;
using Eligibility.Ingest.Layout;
using Eligibility.Ingest.Reading;
using Eligibility.Ingest.Structure;

namespace Eligibility.Ingest.Pipeline;

/// <summary>Reader, layout, structure, chunker and contextual headers: a file in, passages out. Writes nothing.</summary>
public sealed class ManualParser(IEnumerable<IDocumentReader> readers, ChunkerOptions? options = null)
{
    private readonly IReadOnlyList<IDocumentReader> _readers = [.. readers];
    private readonly ChunkerOptions _options = options ?? new ChunkerOptions();

    /// <summary>The readers for this machine: Poppler for PDFs when it is installed, PdfPig (with a warning on every file) when not.</summary>
    public static ManualParser CreateDefault(ChunkerOptions? options = null) => new([PdfReader(), new HtmlDocumentReader(), new MarkdownDocumentReader()], options);

    private static IDocumentReader PdfReader() => ExternalTool.IsInstalled("pdftohtml") ? new PopplerPdfReader() : new PdfPigPdfReader();

    public async Task<ParsedManual> ParseAsync(IngestRequest request, CancellationToken ct)
    {
        var extension = Path.GetExtension(request.File).ToLowerInvariant();
        var reader = _readers.FirstOrDefault(r => r.Accepts(extension))
            ?? throw new UnreadableDocumentException(request.File, $"unsupported file type '{extension}' (expected .pdf, .html, .htm, .md, .markdown or .txt)");

        var document = await reader.ReadAsync(request.File, ct);
        var text = document.Blocks is { } blocks
            ? BlockDocument.From(blocks)
            : OutlineHeadings.Apply(LayoutAnalyzer.Analyze(document.Pages), document.Outline);

        var sections = StructureDetector.Detect(text);
        var chunks = Chunker.Split(sections, _options);
        var key = new ManualVersionKey(request.ManualId, request.Version);
        var passages = PassageBuilder.Build(chunks, key, request.Title, request.EffectiveDate, _options.Tokens);
        if (passages.Count == 0)
        {
            throw new UnreadableDocumentException(request.File, "no text found to index (the document is blank)");
        }

        var contentHash = PassageBuilder.Hash(string.Join("\n", passages.Select(p => p.ContentHash)));
        return new ParsedManual(text.Pages, passages, [.. document.Warnings, .. PlantedInstructionWarnings(request.File, passages)], contentHash);
    }

    /// <summary>One warning per passage holding a sentence addressed to an assistant or model, naming the file, section and page.</summary>
    private static IEnumerable<string> PlantedInstructionWarnings(string file, IReadOnlyList<Passage> passages)
    {
        foreach (var passage in passages)
        {
            foreach (var (start, end) in PlantedInstructions.Sentences(passage.Text))
            {
                var sentence = passage.Text[start..end];
                var quoted = sentence.Length <= 80 ? sentence : sentence[..77] + "...";
                var pages = passage.PageStart == passage.PageEnd ? $"page {passage.PageStart}" : $"pages {passage.PageStart}-{passage.PageEnd}";
                yield return $"{Path.GetFileName(file)}: {passage.SectionPath.Leaf}, {pages}: a sentence addresses an assistant or model (\"{quoted}\"); it is kept as manual text, flagged, and never quoted as policy";
            }
        }
    }
}
