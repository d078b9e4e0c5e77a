using System.Net;
using Eligibility.Core.Audit;
using Eligibility.Infrastructure.Records;
using Eligibility.Tests.Determinations;
using Eligibility.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static Eligibility.Tests.Determinations.Api.DeterminationClient;

namespace Eligibility.Tests.Records;

/// <summary>
/// The caseworker's path through the server on each records database: draft, refused approval, amendment,
/// refused second decision, correction, print; the audit chain holds every step and verifies.
/// </summary>
public abstract class DeterminationApiPersistenceTests(string provider)
{
    [Fact]
    public async Task Drafts_decisions_corrections_and_their_audit_entries_persist()
    {
        await using var database = await RecordsTestDatabase.CreateAsync(provider);
        var settings = database.Settings(":");
        settings["Data:Directory"] = database.DataDirectory; // SQLite: records.db in the folder the second store opens
        await using var app = new EligibilityApp(settings: settings);
        using var caseworker = await SignedInAsync(app, "caseworker");

        var id = (await DraftAsync(caseworker, CaseFactsSamples.NonMagiCouple("2026-02"))).GetProperty("id").GetString()!;
        var (refused, _) = await SendAsync(caseworker, Post($"/api/determinations/{id}/decision", new { decision = "approved" }));
        var (amended, _) = await SendAsync(caseworker, Post($"/api/determinations/{id}/decision", new { decision = "amended", outcome = "likely-ineligible", summary = "Property over the limit." }));
        var (again, _) = await SendAsync(caseworker, Post($"/api/determinations/{id}/decision", new { decision = "rejected", reason = "second thoughts" }));
        var (created, correction) = await SendAsync(caseworker, Post($"/api/determinations/{id}/corrections", CaseFactsSamples.NonMagiCouple("2026-02", savings: 90_000m)));

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.Created], [refused, amended, again, created]);
        var stored = await GetAsync(caseworker, id);
        Assert.Equal("Amended", stored.GetProperty("state").GetString());
        Assert.Equal("LikelyIneligible", stored.GetProperty("decision").GetProperty("finalOutcome").GetString());
        Assert.Equal(correction.GetProperty("id").GetString(), stored.GetProperty("corrections")[0].GetString());

        // Read back through a second store on the same database, as another server instance would.
        var other = database.Open();
        var reread = await other.Determinations.GetAsync(id, Ct);
        Assert.Equal("Property over the limit.", reread!.Decision!.FinalSummary);
        Assert.Equal(["determination-draft", "determination-decision-refused", "determination-decision", "determination-decision-refused", "determination-opened"],
            (await other.Audit.ReadAsync(id, Ct)).Select(e => e.Kind));
        Assert.True((await app.Services.GetRequiredService<IAuditLog>().VerifyAsync(Ct)).Intact);
    }
}

public sealed class SqliteDeterminationApiPersistenceTests() : DeterminationApiPersistenceTests(RecordsOptions.Sqlite);

public sealed class PostgresDeterminationApiPersistenceTests() : DeterminationApiPersistenceTests(RecordsOptions.Postgres);
