using System.Text.Json;
using Eligibility.Core.Audit;
using Eligibility.Infrastructure.Records;
using Eligibility.Tests.Records;
using Eligibility.Tests.Support;

namespace Eligibility.Tests.Audit;

/// <summary>
/// The hash-chained audit log, the same tests on each provider: intact chains verify, also after a reload; any
/// altered, removed or relinked row is named; parallel appends never fork the chain.
/// </summary>
public abstract class AuditLogTests(string provider)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_untouched_chain_verifies()
    {
        await using var database = await RecordsTestDatabase.CreateAsync(provider);
        var audit = database.Open().Audit;
        await AppendThreeAsync(audit);

        var verification = await audit.VerifyAsync(Ct);

        Assert.True(verification.Intact);
        Assert.Equal(3, verification.Entries);
    }

    [Theory]
    [InlineData("UPDATE audit_entries SET payload = replace(payload, 'wrong', 'helpful') WHERE sequence = 2", 2, "altered")]
    [InlineData("UPDATE audit_entries SET actor = 'someone-else' WHERE sequence = 3", 3, "altered")]
    [InlineData("DELETE FROM audit_entries WHERE sequence = 2", 2, "missing")]
    [InlineData("UPDATE audit_entries SET previous_hash = '" + AuditEntry.Genesis + "' WHERE sequence = 3", 3, "does not link")]
    public async Task Tampering_with_any_stored_row_is_detected_and_named(string tamper, long broken, string reason)
    {
        await using var database = await RecordsTestDatabase.CreateAsync(provider);
        var audit = database.Open().Audit;
        await AppendThreeAsync(audit);
        await database.ExecuteAsync(tamper);

        var verification = await audit.VerifyAsync(Ct);

        Assert.False(verification.Intact);
        Assert.Equal(broken, verification.FirstBroken);
        Assert.Contains(reason, verification.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entries_still_verify_after_a_reload_whatever_the_clock_precision()
    {
        await using var database = await RecordsTestDatabase.CreateAsync(provider);
        // 7 digits of fractional seconds: more than PostgreSQL keeps.
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 22, 9, 30, 15, TimeSpan.FromHours(-8)).AddTicks(1_234_567));
        var appended = await database.Open(clock).Audit.AppendAsync(new AuditRecord("maria", "answer", "a1", new { text = "ok" }), Ct);

        var reloaded = database.Open();
        var entry = Assert.Single(await reloaded.Audit.ReadAsync("a1", Ct));

        Assert.Equal(appended, entry);
        Assert.NotNull(entry.KeyId);
        Assert.True(entry.HoldsItsTag(reloaded.Keys.Find(entry.KeyId)));
        Assert.Equal(TimeSpan.Zero, entry.At.Offset);
        Assert.Equal(clock.GetUtcNow().AddTicks(-7), entry.At);
        Assert.True((await reloaded.Audit.VerifyAsync(Ct)).Intact);
    }

    [Fact]
    public async Task Parallel_appends_from_several_instances_never_fork_the_chain()
    {
        await using var database = await RecordsTestDatabase.CreateAsync(provider);
        // Each instance has its own in-process lock, as separate processes would: only the database lock orders them.
        var logs = Enumerable.Range(0, 5).Select(_ => database.Open().Audit).ToArray();

        var entries = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(
            () => logs[i % logs.Length].AppendAsync(new AuditRecord($"user-{i}", "answer", $"a{i}", new { i }), Ct), Ct)));

        Assert.Equal(Enumerable.Range(1, 50).Select(i => (long)i), entries.Select(e => e.Sequence).Order());
        var verification = await logs[0].VerifyAsync(Ct);
        Assert.True(verification.Intact, verification.Reason);
        Assert.Equal(50, verification.Entries);
    }

    [Fact]
    public async Task The_cli_verify_command_reports_a_broken_chain_with_a_non_zero_exit()
    {
        await using var database = await RecordsTestDatabase.CreateAsync(provider);
        await AppendThreeAsync(database.Open().Audit);
        var environment = database.Settings("__");
        Assert.Equal(0, (await IngestCli.RunAsync(environment, "--data", database.DataDirectory, "verify")).ExitCode);

        await database.ExecuteAsync("UPDATE audit_entries SET payload = '{}' WHERE sequence = 1");
        var result = await IngestCli.RunAsync(environment, "--data", database.DataDirectory, "verify");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("BROKEN at entry 1", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingestion_and_answers_through_the_hub_land_in_the_audit_log_with_what_was_sent()
    {
        await using var database = await RecordsTestDatabase.CreateAsync(provider);
        await using var app = new EligibilityApp(settings: database.Settings(":"));
        var url = app.StartRealServer();
        var cookie = await HubClient.SignInAsync(url, "caseworker", "caseworker-demo");

        var results = await HubClient.RunAsync(url, cookie, HubClient.Stream("Ask", new { question = "Is there a property limit for one person? Client SSN 123-45-6789.", asOf = "2026-02-01" }));
        var answerId = results[0].GetProperty("items").EnumerateArray().Last().GetProperty("answerId").GetString()!;

        var audit = (IAuditLog)app.Services.GetService(typeof(IAuditLog))!;
        var entry = Assert.Single(await audit.ReadAsync(answerId, Ct));
        Assert.Equal("answer", entry.Kind);
        Assert.Equal("caseworker", entry.Actor);
        var payload = JsonDocument.Parse(entry.Payload).RootElement;
        Assert.DoesNotContain("123-45-6789", entry.Payload, StringComparison.Ordinal);
        Assert.Contains("[SSN-1]", payload.GetProperty("questionSent").GetString(), StringComparison.Ordinal);
        Assert.Contains(payload.GetProperty("passages").EnumerateArray(), p => p.GetProperty("version").GetString() == "2026-01-01");
        Assert.NotEmpty(payload.GetProperty("citations").EnumerateArray());
        Assert.NotEmpty(await audit.ReadAsync("medi-cal-eligibility-handbook@2026-01-01", Ct));
        Assert.True((await audit.VerifyAsync(Ct)).Intact);
        Assert.Equal(provider, new OpenedRecords(app.Services).Provider);
    }

    private static async Task AppendThreeAsync(IAuditLog audit)
    {
        await audit.AppendAsync(new AuditRecord("maria", "answer", "a1", new { text = "The limit is $130,000 [1]" }), Ct);
        await audit.AppendAsync(new AuditRecord("maria", "feedback", "a1", new { kind = "wrong" }), Ct);
        await audit.AppendAsync(new AuditRecord("pat", "manual-published", "handbook@2026", new { pages = 9 }), Ct);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}

public sealed class SqliteAuditLogTests() : AuditLogTests(RecordsOptions.Sqlite);

public sealed class PostgresAuditLogTests() : AuditLogTests(RecordsOptions.Postgres);
