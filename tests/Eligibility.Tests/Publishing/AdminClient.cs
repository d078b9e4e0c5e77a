using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Eligibility.Tests.Determinations.Api;

namespace Eligibility.Tests.Publishing;

/// <summary>The admin page's calls: uploads as multipart forms, waiting for their jobs, review, publish.</summary>
internal static class AdminClient
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public sealed record Offered(string FileName, byte[] Content, string Manual, string Title, string Version, string Effective);

    /// <summary>A corpus file under its manual's one title (as the manifest gives it), its version label doubling as its effective date.</summary>
    public static Offered Corpus(string file, string manual, string version) =>
        new(Path.GetFileName(file), File.ReadAllBytes(file), manual, $"42 CFR Part {manual[^3..]}", version, version);

    public static async Task<(HttpStatusCode Status, JsonElement Body)> UploadAsync(HttpClient client, params Offered[] files)
    {
        using var form = new MultipartFormDataContent();
        foreach (var file in files)
        {
            var content = new ByteArrayContent(file.Content);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(content, "files", file.FileName);
        }

        foreach (var (field, pick) in new (string, Func<Offered, string>)[] { ("manual", f => f.Manual), ("title", f => f.Title), ("version", f => f.Version), ("effective", f => f.Effective) })
        {
            foreach (var file in files)
            {
                form.Add(new StringContent(pick(file)), field);
            }
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/uploads") { Content = form };
        request.Headers.Add("X-Requested-With", "eligibility-admin");
        return await DeterminationClient.SendAsync(client, request);
    }

    /// <summary>Uploads files that must all be accepted and returns their upload ids.</summary>
    public static async Task<string[]> AcceptedAsync(HttpClient client, params Offered[] files)
    {
        var (status, body) = await UploadAsync(client, files);
        Assert.True(status == HttpStatusCode.OK, $"upload answered {(int)status}: {body}");
        var receipts = body.GetProperty("receipts").EnumerateArray().ToList();
        Assert.All(receipts, r => Assert.True(r.GetProperty("uploadId").ValueKind == JsonValueKind.String, r.ToString()));
        return [.. receipts.Select(r => r.GetProperty("uploadId").GetString()!)];
    }

    /// <summary>Polls an upload until its job has finished (staged, unchanged or failed) and returns it.</summary>
    public static async Task<JsonElement> FinishedAsync(HttpClient client, string uploadId, int seconds = 180)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var (status, upload) = await DeterminationClient.SendAsync(client, new HttpRequestMessage(HttpMethod.Get, $"/api/admin/uploads/{uploadId}"));
            Assert.Equal(HttpStatusCode.OK, status);
            if (upload.GetProperty("status").GetString() is "staged" or "unchanged" or "failed")
            {
                return upload;
            }

            Assert.True(DateTime.UtcNow < until, $"upload {uploadId} did not finish in {seconds} s: {upload}");
            await Task.Delay(250, Ct);
        }
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        var (status, body) = await DeterminationClient.SendAsync(client, new HttpRequestMessage(HttpMethod.Get, path));
        Assert.True(status == HttpStatusCode.OK, $"GET {path} answered {(int)status}: {body}");
        return body;
    }

    public static async Task<JsonElement> PostAsync(HttpClient client, string path, object? body = null)
    {
        var (status, answer) = await DeterminationClient.SendAsync(client, DeterminationClient.Post(path, body));
        Assert.True(status == HttpStatusCode.OK, $"POST {path} answered {(int)status}: {answer}");
        return answer;
    }
}
