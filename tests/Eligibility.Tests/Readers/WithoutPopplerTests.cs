using System.Text.Json;
using Eligibility.Ingest.Pipeline;
using Eligibility.Ingest.Reading;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Readers;

/// <summary>
/// The ingest CLI as a process with Poppler absent from PATH: PDFs are read in-process by PdfPig, every file says
/// so, and the deliberately bad files still get their documented outcomes.
/// </summary>
public sealed class WithoutPopplerTests
{
    [Fact]
    public async Task A_corpus_pdf_is_added_through_PdfPig_with_a_warning_saying_what_quality_is_lost()
    {
        var file = await AddAsync(SharedCorpus.Path("corpus", "pdf", "42-cfr-433_2019-10-01.pdf"));

        Assert.Equal("published", file.GetProperty("status").GetString());
        Assert.Equal(43, file.GetProperty("pages").GetInt32());
        Assert.InRange(file.GetProperty("passages").GetInt32(), 100, 200); // Poppler gives 137
        var warning = Assert.Single(file.GetProperty("warnings").EnumerateArray()).GetString();
        Assert.Equal($"42-cfr-433_2019-10-01.pdf: {PdfPigPdfReader.QualityWarning}", warning);
    }

    [Fact]
    public async Task PdfPig_keeps_the_lines_of_a_paragraph_together_as_Poppler_does()
    {
        var pdf = SharedCorpus.Path("corpus", "pdf", "42-cfr-435_2019-10-01.pdf");
        var parsed = await new ManualParser([new PdfPigPdfReader()]).ParseAsync(
            new IngestRequest(pdf, "42-cfr-435", "Part 435", "2019-10-01", new DateOnly(2019, 10, 1)), TestContext.Current.CancellationToken);

        // Glyph boxes are shorter than font boxes: read by the ink, every line of a paragraph stood alone, and answers
        // quoted half-lines ("submits the renewal form within 90 days after the date of").
        var paragraphs = parsed.Passages.SelectMany(p => p.Text.Split("\n\n")).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        Assert.Contains(
            "(iii) Reconsider in a timely manner the eligibility of an individual who is terminated for failure to submit the renewal form or necessary "
            + "information, if the individual subsequently submits the renewal form within 90 days after the date of termination, or a longer period "
            + "elected by the State, without requiring a new application;",
            paragraphs);
        Assert.InRange(paragraphs.Count(p => ".;:—".Contains(p[^1], StringComparison.Ordinal)) / (double)paragraphs.Count, 0.7, 1.0); // Poppler: 0.75
    }

    [Theory]
    [InlineData("empty.pdf", "empty.pdf: file is empty (0 bytes)")]
    [InlineData("truncated.pdf", "truncated.pdf: damaged or truncated PDF (no xref/trailer)")]
    [InlineData("not-a-pdf.pdf", "not-a-pdf.pdf: not a PDF (no %PDF- header; content looks like HTML)")]
    [InlineData("encrypted-user-password.pdf", "encrypted-user-password.pdf: password-protected PDF; cannot read")]
    [InlineData("image-only.pdf", "image-only.pdf: no extractable text (image-only; OCR not available without Poppler's pdftoppm: install poppler-utils and tesseract-ocr)")]
    public async Task Bad_files_fail_with_their_documented_reason(string name, string error)
    {
        var file = await AddAsync(SharedCorpus.Path("corpus", "bad", name));

        Assert.Equal("failed", file.GetProperty("status").GetString());
        Assert.Equal(error, file.GetProperty("error").GetString());
        Assert.Equal(0, file.GetProperty("passages").GetInt32());
    }

    [Fact]
    public async Task A_garbage_cross_reference_table_is_rebuilt_with_a_warning_and_section_435_603_is_read()
    {
        var data = Directory.CreateTempSubdirectory("eligibility-no-poppler-");
        try
        {
            var file = await AddAsync(SharedCorpus.Path("corpus", "bad", "garbage-xref.pdf"), data.FullName);
            var search = await IngestCli.RunAsync(WithoutPoppler, "search", "modified adjusted gross income household", "--data", data.FullName, "--json");

            Assert.Equal("published", file.GetProperty("status").GetString());
            Assert.Equal(5, file.GetProperty("pages").GetInt32());
            Assert.Contains("garbage-xref.pdf: damaged cross-reference table was rebuilt", file.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
            Assert.Equal(0, search.ExitCode);
            Assert.Contains("435.603", search.StdOut, StringComparison.Ordinal);
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    /// <summary>A PATH with nothing on it: no pdftohtml, pdfinfo, pdftoppm or tesseract (dotnet is started by its full path).</summary>
    private static readonly Dictionary<string, string> WithoutPoppler = new() { ["PATH"] = "/nonexistent" };

    private static async Task<JsonElement> AddAsync(string pdf, string? data = null)
    {
        var folder = data ?? Directory.CreateTempSubdirectory("eligibility-no-poppler-").FullName;
        try
        {
            var result = await IngestCli.RunAsync(WithoutPoppler, "add", pdf, "--manual", "m", "--title", "Manual", "--version", "v1", "--effective", "2019-10-01", "--publish", "--json", "--data", folder);
            Assert.DoesNotContain("   at ", result.StdOut + result.StdErr, StringComparison.Ordinal);
            using var json = JsonDocument.Parse(result.StdOut);
            return json.RootElement.GetProperty("files")[0].Clone();
        }
        finally
        {
            if (data is null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
