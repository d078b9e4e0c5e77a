using System.Text;
using System.Text.RegularExpressions;
using Eligibility.Core.Manuals;
using Eligibility.Ingest.Reading;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Readers;

/// <summary>
/// A damaged PDF that Poppler still reads: its complaints become warnings that name the pages, pages the file
/// declares but that were not read are named, and a file that lost most of its pages fails.
/// </summary>
public sealed partial class PdfDamageTests : IDisposable
{
    private readonly TempFiles _files = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static byte[] Handbook => File.ReadAllBytes(SampleManuals.Handbook2025.File);

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task A_page_object_gone_is_named_as_a_page_that_could_not_be_read()
    {
        var path = await _files.WriteBytesAsync("handbook-page-gone.pdf", WithoutPageObjects(Handbook, 2));

        var document = await new PopplerPdfReader().ReadAsync(path, Ct);

        Assert.Equal(8, document.Pages.Count);
        Assert.Contains("handbook-page-gone.pdf: the file declares 9 pages but only 8 were read: page 3 could not be read, and their text is missing", document.Warnings);
    }

    [Fact]
    public async Task A_file_that_lost_most_of_its_pages_fails_with_the_counts()
    {
        var path = await _files.WriteBytesAsync("handbook-pages-gone.pdf", WithoutPageObjects(Handbook, 1, 2, 3, 4, 5));

        var error = await Assert.ThrowsAsync<UnreadableDocumentException>(() => new PopplerPdfReader().ReadAsync(path, Ct));

        Assert.Contains("only 4 of the 9 pages it declares could be read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Damaged_content_is_a_warning_naming_the_pages_Poppler_complains_about_and_the_staged_version_keeps_it()
    {
        var path = await _files.WriteBytesAsync("handbook-damaged.pdf", WithDamagedContentOnPage(Handbook, 4));
        using var data = new TempDataFolder();

        var document = await new PopplerPdfReader().ReadAsync(path, Ct);
        var outcome = await data.Pipeline.IngestAsync(SampleManuals.Handbook2025 with { File = path }, publish: false, Ct);
        var staged = Assert.Single(await data.Get<IManualStore>().ListVersionsAsync(null, Ct));

        var warning = Assert.Single(document.Warnings, w => w.Contains("damaged content", StringComparison.Ordinal));
        Assert.StartsWith("handbook-damaged.pdf: damaged content on page 4 (", warning, StringComparison.Ordinal);
        Assert.Contains("errors from Poppler, e.g. \"Syntax Error", warning, StringComparison.Ordinal);
        Assert.Contains(warning, outcome.Warnings);
        Assert.Equal(VersionStatus.Staged, staged.Status);
        Assert.Contains(warning, staged.Warnings);
    }

    [Fact]
    public async Task An_undamaged_file_gets_no_damage_warning_and_its_facts_are_read_in_process()
    {
        var document = await new PopplerPdfReader().ReadAsync(SampleManuals.Handbook2025.File, Ct);
        var facts = PdfFacts.Read(SampleManuals.Handbook2025.File);

        Assert.Empty(document.Warnings);
        Assert.NotNull(facts);
        Assert.Equal(9, facts.PageCount);
        Assert.Equal(document.Pages.Count, facts.PageCount);
    }

    /// <summary>The file with the given page objects (0-based, in file order) cut out; the page tree still counts them.</summary>
    private static byte[] WithoutPageObjects(byte[] pdf, params int[] which)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var pages = PageObject().Matches(text).ToList();
        foreach (var m in which.Select(i => pages[i]).OrderByDescending(m => m.Index))
        {
            var end = text.IndexOf("endobj", m.Index, StringComparison.Ordinal) + "endobj".Length;
            text = text[..m.Index] + text[end..];
        }

        return Encoding.Latin1.GetBytes(text);
    }

    /// <summary>The file with the content stream of one page (1-based) overwritten in the middle by bytes a content stream cannot hold.</summary>
    private static byte[] WithDamagedContentOnPage(byte[] pdf, int page)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var kids = Kids().Match(text).Groups["k"].Value.Split(" 0 R", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var pageObject = Regex.Match(text, $@"\n{kids[page - 1]} 0 obj");
        var contents = Contents().Match(text, pageObject.Index).Groups["n"].Value;
        var stream = text.IndexOf("stream", Regex.Match(text, $@"\n{contents} 0 obj").Index, StringComparison.Ordinal) + "stream\n".Length;
        var damaged = (byte[])pdf.Clone();
        for (var i = 0; i < 40; i++)
        {
            damaged[stream + 20 + (i * 7)] = (byte)'>';
        }

        return damaged;
    }

    [GeneratedRegex(@"\n\d+ 0 obj\s*<<(?:(?!endobj).)*?/Type\s*/Page\b(?!s)", RegexOptions.Singleline)]
    private static partial Regex PageObject();

    [GeneratedRegex(@"/Kids\s*\[(?<k>[^\]]*)\]")]
    private static partial Regex Kids();

    [GeneratedRegex(@"/Contents\s*\[?\s*(?<n>\d+) 0 R")]
    private static partial Regex Contents();
}
