using System.Net;
using System.Text;
using Eligibility.Tests.Determinations.Api;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Publishing;

/// <summary>
/// Bad uploads: a file that is not a supported type, too large, empty, not what its name says, or damaged gets one
/// line naming it and the reason, and nothing of it is staged; a good file in the same upload goes on.
/// </summary>
public sealed class UploadRefusalTests
{
    [Fact]
    public async Task Each_bad_file_gets_its_own_reason_and_stages_nothing_while_a_good_one_beside_it_is_staged()
    {
        await using var app = new EligibilityApp(settings: new Dictionary<string, string> { ["Publishing:MaxUploadBytes"] = "200000" });
        using var policy = await DeterminationClient.SignedInAsync(app, "policy");
        static AdminClient.Offered File(string name, byte[] content, string manual, string effective = "2026-01-01") => new(name, content, manual, "A manual", "v1", effective);
        var bad = SharedCorpus.Path("corpus", "bad");

        var (status, body) = await AdminClient.UploadAsync(policy,
            File("letter.docx", Encoding.UTF8.GetBytes("PK… a Word file"), "docx-manual"),
            File("empty.pdf", await System.IO.File.ReadAllBytesAsync(Path.Combine(bad, "empty.pdf"), TestContext.Current.CancellationToken), "empty-manual"),
            File("big.md", Encoding.UTF8.GetBytes(new string('x', 300_000)), "big-manual"),
            File("not-a-pdf.pdf", await System.IO.File.ReadAllBytesAsync(Path.Combine(bad, "not-a-pdf.pdf"), TestContext.Current.CancellationToken), "fake-manual"),
            File("dated.md", Encoding.UTF8.GetBytes("# Rules\n\nText."), "dated-manual", effective: "2026-13-01"),
            File("Bad Id.md", Encoding.UTF8.GetBytes("# Rules\n\nText."), "Bad Id"),
            File("truncated.pdf", await System.IO.File.ReadAllBytesAsync(Path.Combine(bad, "truncated.pdf"), TestContext.Current.CancellationToken), "truncated-manual"),
            File("good.md", Encoding.UTF8.GetBytes("# Income\n\n## 1.1 Limits\n\nThe monthly income limit for one person is $1,732.\n"), "good-manual"));

        Assert.Equal(HttpStatusCode.OK, status);
        var errors = body.GetProperty("receipts").EnumerateArray().Select(r => r.GetProperty("error").GetString()).ToList();
        Assert.Equal("letter.docx: not a supported file type ('.docx'); upload PDF, HTML, Markdown or text (.pdf, .html, .htm, .md, .markdown, .txt)", errors[0]);
        Assert.Equal("empty.pdf: file is empty (0 bytes)", errors[1]);
        Assert.Equal("big.md: 0.3 MB is over the upload limit of 0.2 MB (Publishing:MaxUploadBytes)", errors[2]);
        Assert.Equal("not-a-pdf.pdf: not a PDF (no %PDF- header; content looks like HTML)", errors[3]);
        Assert.Equal("dated.md: effective date '2026-13-01' is not a date (use YYYY-MM-DD)", errors[4]);
        Assert.StartsWith("Bad Id.md: manual id 'Bad Id' must be lower-case letters", errors[5], StringComparison.Ordinal);
        Assert.Null(errors[6]);
        Assert.Null(errors[7]);

        // The damaged PDF passes the checks at the door and fails in its job, with the ingester's reason.
        var receipts = body.GetProperty("receipts").EnumerateArray().ToList();
        var truncated = await AdminClient.FinishedAsync(policy, receipts[6].GetProperty("uploadId").GetString()!);
        Assert.Equal("failed", truncated.GetProperty("status").GetString());
        Assert.StartsWith("truncated.pdf: ", truncated.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, truncated.GetProperty("attempts").GetInt32());
        var good = await AdminClient.FinishedAsync(policy, receipts[7].GetProperty("uploadId").GetString()!);
        Assert.Equal("staged", good.GetProperty("status").GetString());

        var versions = (await AdminClient.GetAsync(policy, "/api/admin/versions")).EnumerateArray().Select(v => v.GetProperty("version").GetProperty("manual").GetString()).ToList();
        Assert.Contains("good-manual", versions);
        Assert.DoesNotContain(versions, m => m is "docx-manual" or "empty-manual" or "big-manual" or "fake-manual" or "dated-manual" or "truncated-manual");

        // A request that is not a form, or has no files, is refused as a whole.
        var (plain, problem) = await DeterminationClient.SendAsync(policy, DeterminationClient.Post("/api/admin/uploads", new { file = "x" }));
        Assert.Equal(HttpStatusCode.BadRequest, plain);
        Assert.Equal("Send the files as multipart/form-data.", problem.GetProperty("detail").GetString());
    }
}
