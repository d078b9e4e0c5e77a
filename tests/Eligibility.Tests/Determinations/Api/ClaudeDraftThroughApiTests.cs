using System.Net;
using System.Text.Json;
using Eligibility.Core.Audit;
using Eligibility.Core.Determinations;
using Eligibility.Tests.Anthropic;
using Eligibility.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static Eligibility.Tests.Determinations.Api.DeterminationClient;

namespace Eligibility.Tests.Determinations.Api;

/// <summary>
/// The whole path with Claude (a loopback Messages API server): the caseworker fills the form, the model calls
/// the calculator and drafts with citations, the caseworker approves, the audit chain verifies, and nothing
/// personal from the case reached the model.
/// </summary>
public sealed class ClaudeDraftThroughApiTests
{
    [Fact]
    public async Task A_caseworker_gets_a_cited_model_draft_with_the_calculators_figures_and_approves_it()
    {
        await using var claude = LoopbackMessagesServer.Start();
        claude.Enqueue(
            _ => MessagesReply.ToolUse(("call-1", DraftingTestSetup.CalculatorTool, new { household_size = 3, incomes = new[] { new { kind = "wages", amount = 1200, frequency = "biweekly" } } })),
            _ => DraftingTestSetup.Prepared,
            request =>
            {
                var (source, text) = request.SearchResults.First(r => r.Text.Contains("138 percent", StringComparison.Ordinal));
                var index = request.SearchResults.ToList().FindIndex(r => r.Source == source);
                var quote = text[..text.IndexOf("percent", StringComparison.Ordinal)] + "percent";
                return MessagesReply.Cited(
                    new ReplyBlock("OUTCOME: likely-eligible\nSUMMARY: Countable income is 117.1% of the poverty level, under the 138% limit for adults.\nSTEP: "),
                    new ReplyBlock("Adults under MAGI are limited to 138% of the poverty level.", new ReplyCitation(source, quote.Trim(), index)),
                    new ReplyBlock("\nSTEP: "),
                    new ReplyBlock("The calculator puts the household at 117.1%, with $2,600.00 a month of countable income.", new ReplyCitation(source, quote.Trim(), index)),
                    new ReplyBlock("\nMISSING: pay stubs for the last 30 days"));
            });
        await using var app = new EligibilityApp(settings: new Dictionary<string, string>
        {
            ["Claude:ApiKey"] = ClaudeTestSetup.Key,
            ["Claude:BaseUrl"] = claude.BaseUrl,
            ["Claude:MaxRetries"] = "0",
        });
        using var caseworker = await SignedInAsync(app, "caseworker");

        var created = await DraftAsync(caseworker, CaseFactsSamples.MagiFamily());

        var draft = created.GetProperty("draft");
        Assert.Equal("LikelyEligible", draft.GetProperty("outcome").GetString());
        Assert.Equal("Generated", draft.GetProperty("mode").GetString());
        Assert.False(string.IsNullOrEmpty(draft.GetProperty("model").GetString()));
        Assert.All(draft.GetProperty("steps").EnumerateArray(), s =>
        {
            Assert.True(s.GetProperty("supported").GetBoolean());
            Assert.Equal(0, s.GetProperty("unverifiedFigures").GetArrayLength());
        });
        Assert.Contains("pay stubs for the last 30 days", draft.GetProperty("missingInformation").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(0, draft.GetProperty("droppedCitations").GetInt32());

        // The draft's numbers are the calculator's, and the model's tool call was answered by the calculator.
        var expected = CaseFiguresCalculator.Default.Calculate(CaseFactsSamples.Valid(CaseFactsSamples.MagiFamily()));
        var income = draft.GetProperty("figures").GetProperty("income");
        Assert.Equal(expected.Income!.CountableMonthlyIncome, income.GetProperty("countableMonthlyIncome").GetDecimal());
        Assert.Equal(expected.Income.PercentOfPovertyLevel, income.GetProperty("percentOfPovertyLevel").GetDecimal());
        Assert.Equal(expected.IncomeTest!.MonthlyLimit, draft.GetProperty("figures").GetProperty("incomeTest").GetProperty("monthlyLimit").GetDecimal());
        var call = Assert.Single(draft.GetProperty("calculatorCalls").EnumerateArray());
        Assert.Equal(117.1m, JsonDocument.Parse(call.GetProperty("output").GetString()!).RootElement.GetProperty("percent_of_poverty_level").GetDecimal());

        var id = created.GetProperty("id").GetString()!;
        var (status, approved) = await SendAsync(caseworker, Post($"/api/determinations/{id}/decision", new { decision = "approved" }));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Approved", approved.GetProperty("state").GetString());
        Assert.Equal("LikelyEligible", approved.GetProperty("decision").GetProperty("finalOutcome").GetString());

        var audit = app.Services.GetRequiredService<IAuditLog>();
        var entries = await audit.ReadAsync(id, Ct);
        Assert.Equal(["determination-draft", "determination-decision"], entries.Select(e => e.Kind));
        var drafted = JsonDocument.Parse(entries[0].Payload).RootElement;
        Assert.Matches("^[0-9a-f]{64}$", drafted.GetProperty("promptHash").GetString());
        Assert.Contains("[NAME-1]", drafted.GetProperty("factsSent").GetString(), StringComparison.Ordinal);
        Assert.True((await audit.VerifyAsync(Ct)).Intact);

        // What reached the model, in every request: no name, SSN, CIN, date of birth, phone, e-mail or address from the case.
        Assert.Equal(3, claude.Requests.Count);
        Assert.Equal("tool_result", claude.Requests[1].LastUserContent[0].GetProperty("type").GetString());
        var recorded = Assert.Single(drafted.GetProperty("functionCalls").EnumerateArray());
        Assert.Equal(IncomeCalculatorTool.Name, recorded.GetProperty("function").GetString());
        Assert.Equal(claude.Requests[1].LastUserContent[0].GetProperty("content").GetString(), recorded.GetProperty("result").GetString());
        foreach (var secret in new[] { "Maria", "Lopez", "José", "123-45-6789", "123456789", "91234567A", "1991-03-04", "555-0134", "maria.lopez@example.org", "1420 Elm" })
        {
            Assert.All(claude.Requests, r => Assert.DoesNotContain(secret, r.Body, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task A_model_failure_while_drafting_is_a_clear_error_and_saves_nothing()
    {
        await using var claude = LoopbackMessagesServer.Start();
        claude.Fallback = _ => MessagesReply.Error(500, "api_error", "internal");
        await using var app = new EligibilityApp(settings: new Dictionary<string, string>
        {
            ["Claude:ApiKey"] = ClaudeTestSetup.Key,
            ["Claude:BaseUrl"] = claude.BaseUrl,
            ["Claude:MaxRetries"] = "0",
        });
        using var caseworker = await SignedInAsync(app, "caseworker");

        var (status, problem) = await SendAsync(caseworker, Post("/api/determinations", CaseFactsSamples.MagiFamily()));

        Assert.Equal(HttpStatusCode.BadGateway, status);
        Assert.StartsWith("The model could not draft this determination", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(await app.Services.GetRequiredService<IDeterminationStore>().ListAsync(null, 10, Ct));
        var failed = Assert.Single(await app.Services.GetRequiredService<IAuditLog>().ReadAsync("SAC-2025-0001", Ct));
        Assert.Equal("determination-draft-failed", failed.Kind);
        Assert.Contains("[NAME-1]", failed.Payload, StringComparison.Ordinal);
        Assert.DoesNotContain("Maria", failed.Payload, StringComparison.Ordinal);
    }
}
