using System.Text.Json;
using Eligibility.Core.Audit;
using Eligibility.Infrastructure.Sqlite;
using Eligibility.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Eligibility.Tests.Audit;

/// <summary>The hash-chained audit log: intact chains verify; any altered, removed or relinked row is named.</summary>
public sealed class AuditLogTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_untouched_chain_verifies()
    {
        using var data = new TempDataFolder();
        await AppendThreeAsync(data.Embedded.Audit);

        var verification = await data.Embedded.Audit.VerifyAsync(Ct);

        Assert.True(verification.Intact);
        Assert.Equal(3, verification.Entries);
    }

    [Theory]
    [InlineData("UPDATE audit_log SET payload = replace(payload, 'wrong', 'helpful') WHERE sequence = 2", 2, "altered")]
    [InlineData("UPDATE audit_log SET actor = 'someone-else' WHERE sequence = 3", 3, "altered")]
    [InlineData("DELETE FROM audit_log WHERE sequence = 2", 2, "missing")]
    [InlineData("UPDATE audit_log SET previous_hash = '" + AuditEntry.Genesis + "' WHERE sequence = 3", 3, "does not link")]
    public async Task Tampering_with_any_stored_row_is_detected_and_named(string tamper, long broken, string reason)
    {
        using var data = new TempDataFolder();
        await AppendThreeAsync(data.Embedded.Audit);
        await ExecuteAsync(data.Embedded.Database, tamper);

        var verification = await data.Embedded.Audit.VerifyAsync(Ct);

        Assert.False(verification.Intact);
        Assert.Equal(broken, verification.FirstBroken);
        Assert.Contains(reason, verification.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cli_verify_command_reports_a_broken_chain_with_a_non_zero_exit()
    {
        using var data = new TempDataFolder();
        await AppendThreeAsync(data.Embedded.Audit);
        Assert.Equal(0, (await IngestCli.RunAsync("--data", data.Directory, "verify")).ExitCode);

        await ExecuteAsync(data.Embedded.Database, "UPDATE audit_log SET payload = '{}' WHERE sequence = 1");
        var result = await IngestCli.RunAsync("--data", data.Directory, "verify");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("BROKEN at entry 1", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingestion_and_answers_through_the_hub_land_in_the_audit_log_with_what_was_sent()
    {
        await using var app = new EligibilityApp();
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
    }

    private static async Task AppendThreeAsync(SqliteAuditLog audit)
    {
        await audit.AppendAsync(new AuditRecord("maria", "answer", "a1", new { text = "The limit is $130,000 [1]" }), Ct);
        await audit.AppendAsync(new AuditRecord("maria", "feedback", "a1", new { kind = "wrong" }), Ct);
        await audit.AppendAsync(new AuditRecord("pat", "manual-published", "handbook@2026", new { pages = 9 }), Ct);
    }

    private static async Task ExecuteAsync(SqliteDatabase database, string sql)
    {
        await using var connection = await database.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Ct);
    }
}
