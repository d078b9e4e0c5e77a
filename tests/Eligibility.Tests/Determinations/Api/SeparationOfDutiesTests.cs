using System.Net;
using Eligibility.Core.Audit;
using Eligibility.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static Eligibility.Tests.Determinations.Api.DeterminationClient;

namespace Eligibility.Tests.Determinations.Api;

/// <summary>A draft is decided by the caseworker it belongs to; a colleague may open it (on record) and decide it only once an admin reassigns it.</summary>
public sealed class SeparationOfDutiesTests
{
    [Fact]
    public async Task Caseworker_B_decides_A_s_draft_only_after_an_admin_reassigns_it()
    {
        await using var app = new EligibilityApp(settings: new Dictionary<string, string>
        {
            ["Users:4:Name"] = "caseworker-b",
            ["Users:4:PasswordHash"] = Eligibility.Server.Identity.PasswordHashing.Hash("caseworker-b-demo"),
            ["Users:4:Roles:0"] = "caseworker",
        });
        using var a = await SignedInAsync(app, "caseworker");
        using var b = await SignedInAsync(app, "caseworker-b");
        using var admin = await SignedInAsync(app, "admin");
        var id = (await DraftAsync(a, CaseFactsSamples.MagiFamily())).GetProperty("id").GetString()!;
        var amend = new { decision = "amended", outcome = "likely-eligible", summary = "Income under 138% FPL." };

        var opened = await GetAsync(b, id);
        Assert.False(opened.GetProperty("canDecide").GetBoolean());
        var (refused, problem) = await SendAsync(b, Post($"/api/determinations/{id}/decision", amend));
        Assert.Equal(HttpStatusCode.Forbidden, refused);
        Assert.Contains("belongs to caseworker", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var (byCaseworker, _) = await SendAsync(b, Post($"/api/determinations/{id}/owner", new { owner = "caseworker-b" }));
        Assert.Equal(HttpStatusCode.Forbidden, byCaseworker);

        var (reassigned, view) = await SendAsync(admin, Post($"/api/determinations/{id}/owner", new { owner = "caseworker-b" }));
        Assert.Equal(HttpStatusCode.OK, reassigned);
        Assert.Equal("caseworker-b", view.GetProperty("owner").GetString());
        var (byFormerOwner, _) = await SendAsync(a, Post($"/api/determinations/{id}/decision", amend));
        Assert.Equal(HttpStatusCode.Forbidden, byFormerOwner);
        var (byAdmin, _) = await SendAsync(admin, Post($"/api/determinations/{id}/decision", amend));
        Assert.Equal(HttpStatusCode.Forbidden, byAdmin);
        var (decided, final) = await SendAsync(b, Post($"/api/determinations/{id}/decision", amend));
        Assert.Equal(HttpStatusCode.OK, decided);
        Assert.Equal("caseworker-b", final.GetProperty("decision").GetProperty("decidedBy").GetString());

        var entries = await app.Services.GetRequiredService<IAuditLog>().ReadAsync(id, Ct);
        Assert.Equal(
            [("caseworker", "determination-draft"), ("caseworker-b", "determination-opened"), ("caseworker-b", "determination-decision-refused"),
             ("admin", "determination-reassigned"), ("caseworker", "determination-decision-refused"), ("caseworker-b", "determination-decision")],
            entries.Where(e => e.Actor != "admin" || e.Kind == "determination-reassigned").Select(e => (e.Actor, e.Kind)));
        Assert.Contains("\"to\":\"caseworker-b\"", entries.Single(e => e.Kind == "determination-reassigned").Payload, StringComparison.Ordinal);
        Assert.True((await app.Services.GetRequiredService<IAuditLog>().VerifyAsync(Ct)).Intact);
    }
}
