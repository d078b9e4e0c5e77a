using Eligibility.Core.Manuals;
using Eligibility.Ingest.Pipeline;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.BadInput;

/// <summary>
/// Every file in ../shared/corpus/bad gets its documented outcome, ingested as a new version of a manual that
/// already has a published version: a clear one-line error and nothing written, or success with a warning.
/// </summary>
public sealed class BadInputTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("empty.pdf", "empty.pdf: file is empty (0 bytes)")]
    [InlineData("truncated.pdf", "truncated.pdf: damaged or truncated PDF (no xref/trailer)")]
    [InlineData("not-a-pdf.pdf", "not-a-pdf.pdf: not a PDF (no %PDF- header; content looks like HTML)")]
    [InlineData("encrypted-user-password.pdf", "encrypted-user-password.pdf: password-protected PDF; cannot read")]
    public async Task Unreadable_files_fail_with_one_clear_line_and_leave_everything_as_it_was(string file, string error)
    {
        using var data = new TempDataFolder();
        var good = await data.Pipeline.IngestAsync(SampleManuals.Handbook2025 with { ManualId = "excerpt" }, publish: true, Ct);
        var before = Describe(await data.Store.ListVersionsAsync(null, Ct));

        var outcome = await data.Pipeline.IngestAsync(Request(file), publish: true, Ct);

        Assert.Equal(IngestStatus.Failed, outcome.Status);
        Assert.Equal(error, outcome.Error);
        Assert.DoesNotContain('\n', outcome.Error!);
        Assert.Equal(before, Describe(await data.Store.ListVersionsAsync(null, Ct)));
        Assert.Equal("2025-01-01", (await data.Store.VersionsInEffectAsync(new DateOnly(2026, 1, 1), ["excerpt"], Ct)).Single().Version);
        Assert.Equal(good.Passages, (await data.Store.GetPassagesAsync(good.Key, Ct)).Count);
        Assert.Null(await data.Store.FindVersionAsync(new ManualVersionKey("excerpt", "bad"), Ct));
    }

    [Fact]
    public async Task A_damaged_cross_reference_table_is_repaired_with_a_warning_and_reads_section_435_603()
    {
        using var data = new TempDataFolder();
        var outcome = await data.Pipeline.IngestAsync(Request("garbage-xref.pdf"), publish: true, Ct);

        Assert.Equal(IngestStatus.Published, outcome.Status);
        Assert.Equal(5, outcome.Pages);
        Assert.Contains(outcome.Warnings, w => w.Contains("damaged cross-reference table was rebuilt", StringComparison.Ordinal));
        var text = string.Join(" ", (await data.Store.GetPassagesAsync(outcome.Key, Ct)).Select(p => p.Text));
        Assert.Contains("Application of modified adjusted gross income (MAGI)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_image_only_scan_is_read_by_OCR_and_marked_as_such_or_refused_when_OCR_is_missing()
    {
        using var data = new TempDataFolder();
        var outcome = await data.Pipeline.IngestAsync(Request("image-only.pdf"), publish: true, Ct);

        if (!File.Exists("/usr/bin/tesseract"))
        {
            Assert.Equal(IngestStatus.Failed, outcome.Status);
            Assert.Equal("image-only.pdf: no extractable text (image-only; OCR not available: install tesseract-ocr)", outcome.Error);
            return;
        }

        Assert.Equal(IngestStatus.Published, outcome.Status);
        Assert.Contains(outcome.Warnings, w => w.Contains("OCR", StringComparison.Ordinal));
        var passages = await data.Store.GetPassagesAsync(outcome.Key, Ct);
        Assert.NotEmpty(passages);
        Assert.All(passages, p => Assert.True(p.FromOcr));
        Assert.Contains("modified adjusted gross income", string.Join(" ", passages.Select(p => p.Text)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_cli_reports_each_bad_file_and_exits_non_zero_while_the_good_ones_still_ingest()
    {
        var bad = SharedCorpus.Path("corpus", "bad");
        var folder = Directory.CreateTempSubdirectory("eligibility-cli-").FullName;
        try
        {
            foreach (var name in new[] { "empty.pdf", "truncated.pdf", "garbage-xref.pdf" })
            {
                File.Copy(Path.Combine(bad, name), Path.Combine(folder, name));
            }

            var result = await IngestCli.RunAsync("--data", Path.Combine(folder, "data"), "add", folder, "--manual", "bad", "--version", "1", "--effective", "2019-10-01");

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("error: empty.pdf: file is empty (0 bytes)", result.StdErr, StringComparison.Ordinal);
            Assert.Contains("error: truncated.pdf: damaged or truncated PDF (no xref/trailer)", result.StdErr, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
            Assert.Contains("staged    bad-garbage-xref@1", result.StdOut, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<string> Describe(IReadOnlyList<ManualVersion> versions) =>
        versions.Select(v => $"{v.Key} {v.Status} {v.ContentHash} {v.PublishedAt:O} {v.PassageCount}").ToList();

    private static IngestRequest Request(string file) =>
        new(SharedCorpus.Path("corpus", "bad", file), "excerpt", "42 CFR 435.603 (excerpt)", "bad", new DateOnly(2019, 10, 1));
}
