using System.Security.Claims;
using Eligibility.Core.Answering;
using Eligibility.Core.Audit;
using Eligibility.Core.Determinations;
using Eligibility.Core.Manuals;
using Eligibility.Server.Identity;
using Eligibility.Server.PersonalData;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Eligibility.Server.Determinations;

/// <summary>
/// Draft determinations for caseworkers: <c>POST /api/determinations</c> drafts from case facts,
/// <c>POST /api/determinations/{id}/decision</c> approves, amends or rejects (a caseworker in a human session
/// only), <c>POST …/corrections</c> drafts a correction of a final one, <c>GET …/print</c> is the printable record.
/// </summary>
internal static class DeterminationEndpoints
{
    /// <summary>Cross-site forms cannot send this header, so a cookie alone cannot change a determination.</summary>
    public const string PanelHeader = Identity.PanelHeader.Name;

    public static IEndpointRouteBuilder MapDeterminations(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/determinations").RequireAuthorization(Roles.CaseworkerPolicy);
        // Every response here carries case facts. Drafts, decisions and prints write their own entries; opening and listing are recorded by ReadsPersonalData.
        api.MapPost("", (HttpContext http, [AsParameters] Services s, CancellationToken ct) => DraftAsync(http, s, null, ct)).RequirePanelHeader()
            .WithMetadata(new ReadsPersonalDataAttribute("determination-draft"));
        api.MapGet("", ListAsync).ReadsPersonalData("determinations-listed");
        api.MapGet("/{id}", GetAsync).ReadsPersonalData("determination-opened");
        api.MapPost("/{id}/corrections", (string id, HttpContext http, [AsParameters] Services s, CancellationToken ct) => DraftAsync(http, s, id, ct)).RequirePanelHeader()
            .WithMetadata(new ReadsPersonalDataAttribute("determination-draft"));
        api.MapPost("/{id}/decision", DecideAsync).RequireAuthorization(Roles.DecidePolicy).RequirePanelHeader()
            .WithMetadata(new ReadsPersonalDataAttribute("determination-decision"));
        api.MapPost("/{id}/owner", ReassignAsync).RequireAuthorization(Roles.AdminPolicy).RequirePanelHeader()
            .WithMetadata(new ReadsPersonalDataAttribute("determination-reassigned"));
        api.MapGet("/{id}/print", PrintAsync).WithMetadata(new ReadsPersonalDataAttribute("determination-printed"));
        return app;
    }

    /// <summary>The services every handler needs, resolved together.</summary>
    internal sealed record Services(
        DeterminationDrafting Drafting, IDeterminationStore Store, IAuditLog Audit, IManualStore Manuals, TimeProvider Clock,
        IOptions<JsonOptions> Json, ILogger<DeterminationDrafting> Log);

    private static async Task<IResult> DraftAsync(HttpContext http, Services s, string? corrects, CancellationToken ct)
    {
        if (corrects is not null)
        {
            var original = await s.Store.GetAsync(corrects, ct);
            if (original is null)
            {
                return NotFound(corrects);
            }

            if (!original.IsFinal)
            {
                return Results.Problem($"Determination {corrects} is still a draft; approve, amend or reject it before correcting it.", statusCode: 409, title: "Not final");
            }
        }

        var (form, unreadable) = await JsonBody.ReadAsync<CaseFactsForm>(http.Request, s.Json.Value.SerializerOptions, "case facts", ct);
        if (form is null)
        {
            return unreadable!;
        }

        var today = DateOnly.FromDateTime(s.Clock.GetUtcNow().UtcDateTime);
        var published = (await s.Manuals.ListVersionsAsync(null, ct)).Where(v => v.Status == VersionStatus.Published).ToList();
        var earliest = published.Count == 0 ? (DateOnly?)null : published.Min(v => v.EffectiveDate);
        var (facts, problems) = CaseFactsValidator.Validate(form, earliest, today);
        if (facts is null)
        {
            return Results.Problem(
                $"The case facts have {problems.Count} problem{(problems.Count == 1 ? "" : "s")}: {string.Join("; ", problems)}", statusCode: 400,
                title: "Case facts need correcting", extensions: new Dictionary<string, object?> { ["problems"] = problems });
        }

        var user = UserName(http.User);
        DeterminationDraft draft;
        try
        {
            draft = await s.Drafting.DraftAsync(facts, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The redacted facts may have reached the model before it failed: the audit keeps what was sent.
            var model = e is AnswerGenerationException;
            if (model)
            {
                ServerLog.DraftingFailed(s.Log, user, e.Message);
            }
            else
            {
                ServerLog.DraftingBroke(s.Log, user, e);
            }

            await s.Audit.AppendAsync(DeterminationAudit.DraftFailed(user, facts, s.Drafting.ModelId, model ? e.Message : "internal error"), ct);
            return model
                ? Results.Problem($"The model could not draft this determination: {e.Message} Nothing was saved; try again, or draft without the model.", statusCode: 502, title: "Drafting failed")
                : Results.Problem("The draft could not be made because of an error on the server (it is logged). Nothing was saved; try again.", statusCode: 503, title: "Drafting failed");
        }

        var determination = new Determination(Determination.NewId(), user, s.Clock.GetUtcNow(), facts, draft, corrects);
        await s.Store.AddAsync(determination, DeterminationAudit.Drafted(determination), ct);
        return Results.Created($"/api/determinations/{determination.Id}", DeterminationView.Of(determination, [], await MayDecideAsync(http, determination)));
    }

    private static async Task<IResult> ListAsync(HttpContext http, IDeterminationStore store, bool? all, CancellationToken ct)
    {
        var everyone = all == true && http.User.IsInRole(Roles.Admin);
        var list = await store.ListAsync(everyone ? null : UserName(http.User), 50, ct);
        return Results.Ok(list.Select(DeterminationSummary.Of));
    }

    private static async Task<IResult> GetAsync(string id, HttpContext http, IDeterminationStore store, CancellationToken ct) =>
        await store.GetAsync(id, ct) is { } d
            ? Results.Ok(DeterminationView.Of(d, await store.CorrectionsOfAsync(id, ct), await MayDecideAsync(http, d)))
            : NotFound(id);

    private static async Task<IResult> DecideAsync(string id, HttpContext http, IDeterminationStore store, IAuditLog audit, TimeProvider clock, IOptions<JsonOptions> json, CancellationToken ct)
    {
        // The policy has already required a caseworker in a human session; this is where that becomes a decider.
        var caseworker = new Caseworker(UserName(http.User));
        var determination = await store.GetAsync(id, ct);
        if (determination is null)
        {
            return NotFound(id);
        }

        var (body, unreadable) = await JsonBody.ReadAsync<DecisionBody>(http.Request, json.Value.SerializerOptions, "decision details", ct);
        if (body is null)
        {
            return unreadable!;
        }

        if (ParseDecision(body.Decision) is not { } kind)
        {
            return Results.Problem($"'{body.Decision}' is not a decision: use approved, amended or rejected.", statusCode: 400, title: "Unknown decision");
        }

        DraftOutcome? outcome = null;
        if (!string.IsNullOrWhiteSpace(body.Outcome))
        {
            outcome = CaseFactsValidator.ParseEnum<DraftOutcome>(body.Outcome);
            if (outcome is null or DraftOutcome.LeftToCaseworker)
            {
                return Results.Problem($"'{body.Outcome}' is not an outcome: use likely-eligible, likely-ineligible or cannot-tell-yet.", statusCode: 400, title: "Unknown outcome");
            }
        }

        Decision decision;
        try
        {
            decision = DecisionRules.Decide(determination, caseworker, new DecisionRequest(kind, outcome, body.Summary, body.Reason), clock.GetUtcNow());
        }
        catch (DecisionException e)
        {
            await audit.AppendAsync(DeterminationAudit.Refused(caseworker.UserName, id, e.Message), ct);
            return e is NotTheOwnerException
                ? Results.Problem(e.Message, statusCode: 403, title: "Not your draft")
                : Results.Problem(e.Message, statusCode: determination.IsFinal ? 409 : 400, title: determination.IsFinal ? "Already final" : "Decision not possible");
        }

        if (!await store.DecideAsync(id, decision, DeterminationAudit.Decided(determination, decision), ct))
        {
            await audit.AppendAsync(DeterminationAudit.Refused(caseworker.UserName, id, "already decided or reassigned a moment ago"), ct);
            return Results.Problem($"Determination {id} was decided or reassigned by someone else a moment ago; reload it.", statusCode: 409, title: "Changed meanwhile");
        }

        var decided = determination with { Decision = decision };
        return Results.Ok(DeterminationView.Of(decided, await store.CorrectionsOfAsync(id, ct), await MayDecideAsync(http, decided)));
    }

    /// <summary>An admin gives a draft to another caseworker, who may then decide it; the draft's owner no longer can.</summary>
    private static async Task<IResult> ReassignAsync(string id, HttpContext http, IDeterminationStore store, IOptions<JsonOptions> json, CancellationToken ct)
    {
        if (await store.GetAsync(id, ct) is not { } determination)
        {
            return NotFound(id);
        }

        var (body, unreadable) = await JsonBody.ReadAsync<ReassignBody>(http.Request, json.Value.SerializerOptions, "new owner", ct);
        if (body is null)
        {
            return unreadable!;
        }

        var owner = body.Owner?.Trim();
        if (string.IsNullOrEmpty(owner) || owner.Length > 200)
        {
            return Results.Problem("owner: name the caseworker (1 to 200 characters) the draft goes to.", statusCode: 400, title: "No owner");
        }

        if (determination.IsFinal)
        {
            return Results.Problem($"Determination {id} is already {determination.State.ToString().ToUpperInvariant()}; a final determination keeps the owner who decided it.", statusCode: 409, title: "Already final");
        }

        var record = DeterminationAudit.Reassigned(UserName(http.User), id, determination.Owner, owner);
        if (!await store.ReassignAsync(id, owner, record, ct))
        {
            return Results.Problem($"Determination {id} was decided a moment ago and keeps its owner; reload it.", statusCode: 409, title: "Already final");
        }

        var reassigned = determination with { Owner = owner };
        return Results.Ok(DeterminationView.Of(reassigned, await store.CorrectionsOfAsync(id, ct), await MayDecideAsync(http, reassigned)));
    }

    private static async Task<IResult> PrintAsync(string id, IDeterminationStore store, IAuditLog audit, HttpContext http, CancellationToken ct)
    {
        if (await store.GetAsync(id, ct) is not { } d)
        {
            return NotFound(id);
        }

        // Printing shows personal details in full: who printed what is kept (before rendering, so the page lists it).
        await audit.AppendAsync(DeterminationAudit.Printed(UserName(http.User), id), ct);
        var entries = await audit.ReadAsync(id, ct);
        var corrections = await store.CorrectionsOfAsync(id, ct);
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.ContentSecurityPolicy = Security.SecurityHeaders.PrintPolicy;
        return Results.Content(DeterminationPrintPage.Render(d, corrections, entries), "text/html; charset=utf-8");
    }

    private static DeterminationState? ParseDecision(string? text) => CaseFactsValidator.ParseEnum<DeterminationState>(text) switch
    {
        DeterminationState.Draft => null,
        var state => state,
    } ?? (text?.Trim().ToLowerInvariant() switch
    {
        "approve" => DeterminationState.Approved,
        "amend" => DeterminationState.Amended,
        "reject" => DeterminationState.Rejected,
        _ => null,
    });

    /// <summary>Whether the caller may decide: the same policy the decision endpoint requires, and the draft is theirs.</summary>
    private static async Task<bool> MayDecideAsync(HttpContext http, Determination d) =>
        d.Owner == UserName(http.User) && (await http.RequestServices.GetRequiredService<IAuthorizationService>().AuthorizeAsync(http.User, Roles.DecidePolicy)).Succeeded;

    private static string UserName(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";

    private static IResult NotFound(string id) => Results.Problem($"Determination '{id}' was not found.", statusCode: 404, title: "Not found");
}
