using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Records;

/// <summary>At start-up the server waits a while for a PostgreSQL that does not answer yet, then stops with the reason.</summary>
public sealed class RecordsStartupTests
{
    [Fact]
    public async Task An_unreachable_PostgreSQL_is_waited_for_then_the_start_fails_with_its_reason()
    {
        // A port nobody listens on: connections are refused, as while a database container is still starting.
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        await using var app = new EligibilityApp(settings: new Dictionary<string, string>
        {
            ["Records:Provider"] = "postgres",
            ["Records:ConnectionString"] = $"Host=127.0.0.1;Port={port};Username=nobody;Database=none;Timeout=2",
            ["Records:StartupWaitSeconds"] = "3",
        });

        var clock = Stopwatch.StartNew();
        var error = Record.Exception(() => app.CreateClient());

        Assert.NotNull(error);
        Assert.True(error.ToString().Contains("127.0.0.1", StringComparison.Ordinal), error.ToString());
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(3), $"the start gave up after {clock.Elapsed.TotalSeconds:N1} s, without waiting");
    }
}
