using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Eligibility.Server.Identity;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Security;

/// <summary>Demo accounts only in Development or when enabled; a production start without accounts is refused, and so is a demo password.</summary>
public sealed class DemoAccountTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_production_start_does_not_accept_the_demo_passwords()
    {
        var hash = PasswordHashing.Hash("a long operator passphrase");
        await using var app = new EligibilityApp(settings: new Dictionary<string, string>
        {
            ["environment"] = "Production", ["Users:0:Name"] = "ops", ["Users:0:PasswordHash"] = hash, ["Users:0:Roles:0"] = "admin",
        });
        using var client = app.CreateClient();

        foreach (var demo in new[] { "caseworker", "policy", "evaluator", "admin" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/auth/sign-in", new { name = demo, password = demo + "-demo" }, Ct)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/auth/sign-in", new { name = "ops", password = "a long operator passphrase" }, Ct)).StatusCode);
    }

    [Fact]
    public async Task Development_has_the_demo_accounts()
    {
        await using var app = new EligibilityApp();
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/auth/sign-in", new { name = "caseworker", password = "caseworker-demo" }, Ct)).StatusCode);
    }

    [Fact]
    public async Task A_production_start_with_nobody_to_sign_in_is_refused_with_what_to_configure()
    {
        var (exit, error) = await StartServerAsync(new Dictionary<string, string>());

        Assert.Equal(1, exit);
        Assert.StartsWith("error: nobody can sign in: the Production environment has no demo accounts.", error, StringComparison.Ordinal);
        Assert.Contains("Jwt:Authority", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_production_account_that_kept_its_demo_password_is_refused()
    {
        var (exit, error) = await StartServerAsync(new Dictionary<string, string>
        {
            ["Users__0__Name"] = "caseworker", ["Users__0__PasswordHash"] = PasswordHashing.Hash("caseworker-demo"), ["Users__0__Roles__0"] = "caseworker",
        });

        Assert.Equal(1, exit);
        Assert.Contains("'caseworker' in Users still has its demo password", error, StringComparison.Ordinal);
    }

    /// <summary>Runs the built server as its own process in Production and returns its exit code and standard error.</summary>
    private static async Task<(int Exit, string Error)> StartServerAsync(Dictionary<string, string> environment)
    {
        using var data = new TempDataFolder();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Eligibility.Server.dll")])
        {
            RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Data__Directory"] = data.Directory;
        start.Environment["Urls"] = "http://127.0.0.1:0";
        start.Environment["SampleManuals__IngestOnFirstStart"] = "false";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var server = Process.Start(start)!;
        var error = server.StandardError.ReadToEndAsync(Ct);
        _ = server.StandardOutput.ReadToEndAsync(Ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await server.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            server.Kill(entireProcessTree: true);
            throw new TimeoutException("the server started instead of refusing");
        }

        return (server.ExitCode, await error);
    }
}
