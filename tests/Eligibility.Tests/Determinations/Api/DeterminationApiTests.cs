using System.Net;
using System.Text.Json;
using Eligibility.Core.Audit;
using Eligibility.Core.Determinations;
using Eligibility.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static Eligibility.Tests.Determinations.Api.DeterminationClient;

namespace Eligibility.Tests.Determinations.Api;

/// <summary>
/// The caseworker's path over HTTP on the embedded defaults (no model): fill the facts, get a draft, decide; the
/// audit chain records each step and verifies; bad facts are named; a final determination never changes.
/// </summary>
public sealed class DeterminationApiTests
{
    [Fact]
    public async Task A_caseworker_drafts_approves_after_amending_and_the_audit_chain_verifies()
    {
        await using var app = new EligibilityApp();
        using var caseworker = await SignedInAsync(app, "caseworker");

        var draft = await DraftAsync(caseworker, CaseFactsSamples.MagiFamily());
        var id = draft.GetProperty("id").GetString()!;
        Assert.Equal("Draft", draft.GetProperty("state").GetString());
        Assert.Equal("LeftToCaseworker", draft.GetProperty("draft").GetProperty("outcome").GetString());
        Assert.True(draft.GetProperty("canDecide").GetBoolean());
        Assert.Equal(117.1m, draft.GetProperty("draft").GetProperty("figures").GetProperty("income").GetProperty("percentOfPovertyLevel").GetDecimal());
        Assert.NotEqual(0, draft.GetProperty("draft").GetProperty("citations").GetArrayLength());

        // Approving a draft with no proposed outcome is refused; the caseworker amends with the outcome they decide.
        var (approve, problem) = await SendAsync(caseworker, Post($"/api/determinations/{id}/decision", new { decision = "approved" }));
        Assert.Equal(HttpStatusCode.BadRequest, approve);
        Assert.Contains("no outcome to approve", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var (amend, amended) = await SendAsync(caseworker, Post($"/api/determinations/{id}/decision", new { decision = "amended", outcome = "likely-eligible", summary = "Income 117.1% FPL, under 138%." }));
        Assert.Equal(HttpStatusCode.OK, amend);
        Assert.Equal("Amended", amended.GetProperty("state").GetString());
        var decision = amended.GetProperty("decision");
        Assert.Equal("caseworker", decision.GetProperty("decidedBy").GetString());
        Assert.Equal("LikelyEligible", decision.GetProperty("finalOutcome").GetString());
        Assert.Equal("left-to-caseworker", decision.GetProperty("amendments")[0].GetProperty("before").GetString());
        Assert.False(amended.GetProperty("canDecide").GetBoolean());

        // Final means final: a second decision is refused and changes nothing.
        var (again, _) = await SendAsync(caseworker, Post($"/api/determinations/{id}/decision", new { decision = "rejected", reason = "changed my mind" }));
        Assert.Equal(HttpStatusCode.Conflict, again);
        Assert.Equal("Amended", (await GetAsync(caseworker, id)).GetProperty("state").GetString());

        var audit = app.Services.GetRequiredService<IAuditLog>();
        var entries = await audit.ReadAsync(id, Ct);
        // Every attempt is kept: the refused approval, the amendment, the refused second decision, and opening it.
        Assert.Equal(["determination-draft", "determination-decision-refused", "determination-decision", "determination-decision-refused", "determination-opened"], entries.Select(e => e.Kind));
        Assert.DoesNotContain("Maria", entries[0].Payload, StringComparison.Ordinal);
        Assert.DoesNotContain("123-45-6789", entries[0].Payload, StringComparison.Ordinal);
        Assert.True((await audit.VerifyAsync(Ct)).Intact);
    }

    [Fact]
    public async Task Impossible_facts_are_named_and_nothing_is_saved()
    {
        await using var app = new EligibilityApp();
        using var caseworker = await SignedInAsync(app, "caseworker");
        var form = CaseFactsSamples.MagiFamily();
        form = form with
        {
            Household = [form.Household![0] with { Age = 200, DateOfBirth = null }, .. form.Household.Skip(1)],
            Income = [new IncomeForm(1, "wages", -100m, "monthly")],
            BenefitMonth = "2019-01",
        };

        var (status, problem) = await SendAsync(caseworker, Post("/api/determinations", form));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var fields = problem.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("field").GetString()).ToList();
        Assert.Equal(["benefitMonth", "household[1].age", "income[1].amount"], fields);
        Assert.Contains("200 is not a possible age", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(await app.Services.GetRequiredService<IDeterminationStore>().ListAsync(null, 10, Ct));
    }

    [Fact]
    public async Task Unreadable_json_gets_a_clear_error_not_a_stack_trace()
    {
        await using var app = new EligibilityApp();
        using var caseworker = await SignedInAsync(app, "caseworker");
        var request = Post("/api/determinations", null);
        request.Content = new StringContent("{\"program\": \"magi\", \"household\": [{\"age\": \"thirty\"}]}", System.Text.Encoding.UTF8, "application/json");

        var (status, problem) = await SendAsync(caseworker, request);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("The case facts are not valid JSON", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("household[0].age", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("household[1].age", problem.GetProperty("problems")[0].GetProperty("field").GetString());
        Assert.DoesNotContain("   at ", problem.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("System.", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreadable_decisions_and_oversized_facts_are_named_and_change_nothing()
    {
        await using var app = new EligibilityApp();
        using var caseworker = await SignedInAsync(app, "caseworker");
        var id = (await DraftAsync(caseworker, CaseFactsSamples.MagiFamily())).GetProperty("id").GetString()!;
        var wrongType = Post($"/api/determinations/{id}/decision", null);
        wrongType.Content = new StringContent("{\"decision\": 5}", System.Text.Encoding.UTF8, "application/json");
        var huge = CaseFactsSamples.MagiFamily() with { Notes = new string('x', 300_000) };

        var (status, problem) = await SendAsync(caseworker, wrongType);
        var (tooLarge, sizeProblem) = await SendAsync(caseworker, Post("/api/determinations", huge));
        var (unknown, unknownProblem) = await SendAsync(caseworker, Post($"/api/determinations/{id}/decision", new { decision = "finalise" }));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("The decision details are not valid JSON at decision", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge);
        Assert.Contains("the limit is 262,144", sizeProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unknown);
        Assert.Contains("'finalise' is not a decision", unknownProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Draft", (await GetAsync(caseworker, id)).GetProperty("state").GetString());
        Assert.Single(await app.Services.GetRequiredService<IDeterminationStore>().ListAsync(null, 10, Ct));
    }

    [Fact]
    public async Task Rejecting_needs_a_reason_and_a_correction_links_to_the_final_determination()
    {
        await using var app = new EligibilityApp();
        using var caseworker = await SignedInAsync(app, "caseworker");
        var id = (await DraftAsync(caseworker, CaseFactsSamples.NonMagiCouple("2026-02"))).GetProperty("id").GetString()!;

        var (noReason, _) = await SendAsync(caseworker, Post($"/api/determinations/{id}/decision", new { decision = "rejected" }));
        Assert.Equal(HttpStatusCode.BadRequest, noReason);

        // A draft cannot be corrected; a final one can, and the correction points back to it.
        var (early, _) = await SendAsync(caseworker, Post($"/api/determinations/{id}/corrections", CaseFactsSamples.NonMagiCouple("2026-02")));
        Assert.Equal(HttpStatusCode.Conflict, early);
        var (rejected, _) = await SendAsync(caseworker, Post($"/api/determinations/{id}/decision", new { decision = "rejected", reason = "The savings figure was last year's." }));
        Assert.Equal(HttpStatusCode.OK, rejected);

        var (created, correction) = await SendAsync(caseworker, Post($"/api/determinations/{id}/corrections", CaseFactsSamples.NonMagiCouple("2026-02", savings: 90_000m)));
        Assert.Equal(HttpStatusCode.Created, created);
        Assert.Equal(id, correction.GetProperty("corrects").GetString());
        Assert.True(correction.GetProperty("draft").GetProperty("figures").GetProperty("propertyTest").GetProperty("withinLimit").GetBoolean());
        var original = await GetAsync(caseworker, id);
        Assert.Equal([correction.GetProperty("id").GetString()], original.GetProperty("corrections").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("Rejected", original.GetProperty("state").GetString());
    }

    [Fact]
    public async Task The_printable_page_has_the_facts_figures_citations_decision_and_audit_hashes()
    {
        await using var app = new EligibilityApp();
        using var caseworker = await SignedInAsync(app, "caseworker");
        var id = (await DraftAsync(caseworker, CaseFactsSamples.NonMagiCouple("2026-02"))).GetProperty("id").GetString()!;
        await SendAsync(caseworker, Post($"/api/determinations/{id}/decision", new { decision = "amended", outcome = "likely-ineligible", summary = "Countable property 200,000 is over the 195,000 limit." }));

        using var response = await caseworker.GetAsync($"/api/determinations/{id}/print", Ct);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Contains("AMENDED", html, StringComparison.Ordinal);
        Assert.Contains("Robert Chen", html, StringComparison.Ordinal); // the case file keeps the real names
        Assert.Contains("130,000 + 1 × 65,000 = 195,000", html, StringComparison.Ordinal);
        Assert.Contains("version 2026-01-01 (effective 2026-01-01)", html, StringComparison.Ordinal);
        Assert.Contains("<del>left-to-caseworker</del> → <ins>likely-ineligible</ins>", html, StringComparison.Ordinal);
        var entries = await app.Services.GetRequiredService<IAuditLog>().ReadAsync(id, Ct);
        Assert.All(entries, e => Assert.Contains(e.Hash, html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_list_shows_the_callers_own_determinations_newest_first()
    {
        await using var app = new EligibilityApp();
        using var caseworker = await SignedInAsync(app, "caseworker");
        var first = (await DraftAsync(caseworker, CaseFactsSamples.MagiFamily())).GetProperty("id").GetString();
        var second = (await DraftAsync(caseworker, CaseFactsSamples.NonMagiCouple())).GetProperty("id").GetString();
        using var admin = await SignedInAsync(app, "admin");

        var (_, mine) = await SendAsync(caseworker, new HttpRequestMessage(HttpMethod.Get, "/api/determinations"));
        var (_, theirs) = await SendAsync(admin, new HttpRequestMessage(HttpMethod.Get, "/api/determinations"));

        Assert.Equal([second, first], mine.EnumerateArray().Select(d => d.GetProperty("id").GetString()));
        Assert.Equal(JsonValueKind.Array, theirs.ValueKind);
        Assert.Equal(0, theirs.GetArrayLength());
    }

    [Fact]
    public async Task Markup_in_the_facts_is_shown_as_text_on_the_printable_page()
    {
        await using var app = new EligibilityApp();
        using var caseworker = await SignedInAsync(app, "caseworker");
        var form = CaseFactsSamples.MagiFamily();
        form = form with
        {
            Household = [form.Household![0] with { Name = "<img src=x onerror=alert(1)>" }, .. form.Household.Skip(1)],
            Notes = "</p><script>alert('notes')</script>",
        };
        var id = (await DraftAsync(caseworker, form)).GetProperty("id").GetString()!;

        var html = await caseworker.GetStringAsync($"/api/determinations/{id}/print", Ct);

        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.Contains("determination-printed", html, StringComparison.Ordinal);
    }
}
