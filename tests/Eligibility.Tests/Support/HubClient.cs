using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Eligibility.Tests.Support;

/// <summary>Runs calls against the assistant hub through the official @microsoft/signalr client under Node.</summary>
public static class HubClient
{
    public static async Task<List<JsonElement>> RunAsync(string baseUrl, string? cookie, params object[] calls)
    {
        var root = SharedCorpus.RepositoryRoot();
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(root, "tests", "Eligibility.Tests", "Hub", "hub-client.mjs"));
        start.ArgumentList.Add(baseUrl);
        start.ArgumentList.Add(cookie ?? "");
        start.ArgumentList.Add(JsonSerializer.Serialize(calls));
        start.Environment["SIGNALR_MODULE_DIR"] = Path.Combine(root, "src", "Eligibility.Server", "node_modules");
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"node exited {process.ExitCode}: {error}");
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    public static object Stream(string method, object arg) => new { method, arg, stream = true };

    public static object Invoke(string method, object? arg) => new { method, arg, stream = false };

    /// <summary>Signs the session out over HTTP between two calls on the same connection.</summary>
    public static object SignOut() => new { signOut = true };

    /// <summary>Signs in and returns the session cookie as a Cookie header value.</summary>
    public static async Task<string> SignInAsync(string baseUrl, string user, string password)
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
        var response = await http.PostAsJsonAsync("/auth/sign-in", new { name = user, password }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return cookies.GetCookieHeader(new Uri(baseUrl));
    }
}
