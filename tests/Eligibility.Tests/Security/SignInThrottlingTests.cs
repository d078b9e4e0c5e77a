using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Eligibility.Core.Audit;
using Eligibility.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Eligibility.Tests.Security;

/// <summary>
/// Sign-in throttling: a lockout with back-off per account name kept in the database (so every instance sees it),
/// ASP.NET Core rate limiting per account and per client address, and client addresses from forwarded headers
/// of configured proxies only.
/// </summary>
public sealed class SignInThrottlingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string name, string password, string? forwardedFor = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/auth/sign-in") { Content = JsonContent.Create(new { name, password }) };
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return client.SendAsync(request, Ct);
    }

    private static async Task<string> DetailAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("detail").GetString()!;

    [Fact]
    public async Task Ten_wrong_passwords_lock_the_account_even_for_the_right_password_until_the_back_off_ends()
    {
        var clock = new SettableClock(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
        await using var app = new EligibilityApp(
            services: s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)),
            settings: new Dictionary<string, string> { ["SignIn:PerAccountPerMinute"] = "100" });
        using var client = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            statuses.Add((await SignInAsync(client, "caseworker", $"wrong-{i}")).StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 4), .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 6)], statuses);
        var refused = await SignInAsync(client, "CaseWorker", "caseworker-demo");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.StartsWith("This account is locked after repeated failed sign-ins; try again in ", await DetailAsync(refused), StringComparison.Ordinal);
        Assert.True(int.Parse(refused.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture) > 0);

        // Attempts during a lockout are refused unchecked; the first failure after it locks the name for twice as long.
        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(client, "caseworker", "caseworker-demo")).StatusCode);
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(client, "caseworker", "wrong-again")).StatusCode);
        clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(client, "caseworker", "caseworker-demo")).StatusCode);
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(HttpStatusCode.NoContent, (await SignInAsync(client, "caseworker", "caseworker-demo")).StatusCode);

        // Each lockout is on record; the success cleared the count.
        var audit = app.Services.GetRequiredService<IAuditLog>();
        var locks = (await audit.ReadAsync("account:caseworker", Ct)).Where(e => e.Kind == "sign-in-locked").Select(e => JsonDocument.Parse(e.Payload).RootElement.GetProperty("seconds").GetInt32()).ToList();
        Assert.Equal([30, 60], locks);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(client, "caseworker", "wrong")).StatusCode);
        }
    }

    [Fact]
    public async Task A_lockout_on_one_instance_holds_on_another_sharing_the_database()
    {
        using var data = new TempDataFolder();
        var shared = new Dictionary<string, string> { ["Data:Directory"] = data.Directory, ["SignIn:PerAccountPerMinute"] = "100" };
        await using var first = new EligibilityApp(settings: shared);
        await using var second = new EligibilityApp(settings: shared);
        using var one = first.CreateClient();
        using var other = second.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            await SignInAsync(one, "policy", "wrong");
        }

        var refused = await SignInAsync(other, "policy", "policy-demo");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("locked", await DetailAsync(refused), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await SignInAsync(other, "evaluator", "evaluator-demo")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_name_is_locked_like_a_known_one()
    {
        await using var app = new EligibilityApp();
        using var client = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await SignInAsync(client, "no-such-person", "wrong")).StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 4), .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 2)], statuses);
    }

    [Fact]
    public async Task One_account_name_gets_a_limited_number_of_attempts_a_minute_whatever_the_address()
    {
        await using var app = new EligibilityApp(settings: new Dictionary<string, string> { ["SignIn:PerAccountPerMinute"] = "3", ["SignIn:Lockout:FailuresAllowed"] = "100" });
        using var client = app.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(client, "admin", "wrong")).StatusCode);
        }

        var throttled = await SignInAsync(client, "admin", "admin-demo");
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.StartsWith("Too many sign-in attempts for this account", await DetailAsync(throttled), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await SignInAsync(client, "caseworker", "caseworker-demo")).StatusCode);
    }

    [Fact]
    public async Task Forwarded_addresses_count_only_from_a_configured_proxy()
    {
        // Behind the configured proxy (loopback here), each forwarded client address has its own allowance.
        await using (var behindProxy = new EligibilityApp(settings: new Dictionary<string, string> { ["SignIn:PerClientPerMinute"] = "2", ["Security:KnownProxies:0"] = "127.0.0.1" }))
        {
            using var client = new HttpClient { BaseAddress = new Uri(behindProxy.StartRealServer()) };
            var first = new List<HttpStatusCode>();
            foreach (var (name, address) in new[] { ("a", "203.0.113.1"), ("b", "203.0.113.1"), ("c", "203.0.113.2"), ("d", "203.0.113.1") })
            {
                first.Add((await SignInAsync(client, name, "wrong", address)).StatusCode);
            }

            Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], first);
        }

        // With no proxy configured, a client cannot pick the address it is counted under.
        await using var direct = new EligibilityApp(settings: new Dictionary<string, string> { ["SignIn:PerClientPerMinute"] = "2" });
        using var directClient = new HttpClient { BaseAddress = new Uri(direct.StartRealServer()) };
        var second = new List<HttpStatusCode>();
        foreach (var (name, address) in new[] { ("a", "203.0.113.1"), ("b", "203.0.113.2"), ("c", "203.0.113.3") })
        {
            second.Add((await SignInAsync(directClient, name, "wrong", address)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], second);
        var refused = await SignInAsync(directClient, "caseworker", "caseworker-demo");
        Assert.StartsWith("Too many sign-in attempts from this address", await DetailAsync(refused), StringComparison.Ordinal);
    }
}
