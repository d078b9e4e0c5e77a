using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Eligibility.Core.Audit;
using Eligibility.Infrastructure.Records;
using Eligibility.Tests.Determinations.Api;
using Eligibility.Tests.Records;
using Eligibility.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Eligibility.Tests.Audit;

/// <summary>
/// Tampering by someone who can write to the database but holds neither the key nor the checkpoint file: each
/// way is detected by verify, in process, by the CLI (exit 1) and by <c>GET /api/audit/verify</c>, which name what they found.
/// </summary>
public abstract class TamperDetectionTests(string provider)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> Tampering => new()
    {
        { "rewrite entry 3 and recompute every following hash without the key", "entry 3 carries no key" },
        { "rewrite entry 3 and recompute every following tag with a guessed key", "entry 3 was altered" },
        { "rewrite every entry without the key", "differs from its checkpoint" },
        { "delete the newest entry", "a checkpoint outside the database records entry 12" },
        { "delete the newest 5 entries", "the chain ends at entry 7, but a checkpoint outside the database records entry 12" },
        { "edit a final determination's row", "no longer matches its decision entry" },
        { "mark a staged version published in the database", "manual version handbook@2026-01 is published, but no audit entry records its publication" },
    };

    [Theory]
    [MemberData(nameof(Tampering))]
    public async Task Tampering_is_detected_and_named_everywhere_verify_runs(string tampering, string named)
    {
        await using var database = await RecordsTestDatabase.CreateAsync(provider);
        await SeedAsync(database.Open());
        Assert.True((await database.Open().Audit.VerifyAsync(Ct)).Intact);

        await TamperAsync(database, tampering);

        var verification = await database.Open().Audit.VerifyAsync(Ct);
        Assert.False(verification.Intact, tampering);
        Assert.Contains(named, verification.Reason, StringComparison.Ordinal);

        var cli = await IngestCli.RunAsync(database.Settings("__"), "--data", database.DataDirectory, "verify");
        Assert.Equal(1, cli.ExitCode);
        Assert.Contains(named, cli.StdOut, StringComparison.Ordinal);

        var settings = database.Settings(":");
        settings["Data:Directory"] = database.DataDirectory;
        settings["SampleManuals:IngestOnFirstStart"] = "false";
        await using var app = new EligibilityApp(settings: settings);
        using var admin = await DeterminationClient.SignedInAsync(app, "admin");
        var api = await admin.GetFromJsonAsync<JsonElement>("/api/audit/verify", Ct);
        Assert.False(api.GetProperty("intact").GetBoolean());
        Assert.Contains(named, api.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    /// <summary>12 entries: a version staged and published, another staged, a draft and its decision, then 7 answers.</summary>
    private static async Task SeedAsync(OpenedRecords records)
    {
        var published = ManualSamples.Version("2025-01", new DateOnly(2025, 1, 1));
        await records.Manuals.StageAsync(published, ManualSamples.Pages, ManualSamples.Passages(published), ManualSamples.Source, "policy", Ct);
        await records.Manuals.PublishAsync(published.Key, "policy", Ct);
        var staged = ManualSamples.Version("2026-01", new DateOnly(2026, 1, 1));
        await records.Manuals.StageAsync(staged, ManualSamples.Pages, ManualSamples.Passages(staged), ManualSamples.Source, "policy", Ct);
        var draft = DeterminationSamples.Draft("det-final");
        await records.Determinations.AddAsync(draft, DeterminationSamples.Audit(draft.Id, "determination-draft"), Ct);
        var decision = DeterminationSamples.Approve("maria", DeterminationSamples.Noon);
        Assert.True(await records.Determinations.DecideAsync(draft.Id, decision, new AuditRecord("maria", "determination-decision", draft.Id, new
        {
            state = decision.State.ToString(), finalOutcome = decision.FinalOutcome.ToString(), decision.FinalSummary,
        }), Ct));
        for (var i = 0; i < 7; i++)
        {
            await records.Audit.AppendAsync(new AuditRecord("maria", "answer", $"a{i}", new { text = $"answer {i}" }), Ct);
        }
    }

    private static async Task TamperAsync(RecordsTestDatabase database, string tampering)
    {
        switch (tampering)
        {
            case "delete the newest entry":
                await database.ExecuteAsync("DELETE FROM audit_entries WHERE sequence = 12");
                return;
            case "delete the newest 5 entries":
                await database.ExecuteAsync("DELETE FROM audit_entries WHERE sequence > 7");
                return;
            case "edit a final determination's row":
                await database.ExecuteAsync("UPDATE determinations SET final_summary = 'Likely ineligible after all.' WHERE id = 'det-final'");
                return;
            case "mark a staged version published in the database":
                await database.ExecuteAsync("UPDATE manual_versions SET status = 'Published' WHERE version = '2026-01'");
                return;
        }

        // Rewrite a payload and recompute the chain from there, as someone with write access but no key would.
        var from = tampering.Contains("every entry", StringComparison.Ordinal) ? 1 : 3;
        var guessed = tampering.Contains("guessed key", StringComparison.Ordinal);
        await using var db = database.Open().Database.CreateContext();
        var rows = await db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync(Ct);
        var previous = from == 1 ? AuditEntry.Genesis : rows[from - 2].Hash;
        var forgedKey = AuditKey.Generate(rows[0].KeyId!);
        foreach (var row in rows.Where(r => r.Sequence >= from))
        {
            if (row.Sequence == from)
            {
                row.Payload = row.Payload.Replace("policy", "nobody", StringComparison.Ordinal) + " ";
            }

            var at = Infrastructure.Records.StoredTime.FromColumn(row.At);
            row.PreviousHash = previous;
            row.KeyId = guessed ? forgedKey.Id : null;
            row.Hash = guessed
                ? AuditEntry.ComputeTag(forgedKey, row.Sequence, at, row.Actor, row.Kind, row.Subject, row.Payload, previous)
                : AuditEntry.ComputeHash(row.Sequence, at, row.Actor, row.Kind, row.Subject, row.Payload, previous);
            previous = row.Hash;
        }

        await db.SaveChangesAsync(Ct);
    }
}

public sealed class SqliteTamperDetectionTests() : TamperDetectionTests(RecordsOptions.Sqlite);

public sealed class PostgresTamperDetectionTests() : TamperDetectionTests(RecordsOptions.Postgres);
