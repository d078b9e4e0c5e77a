using System.Text.Json;
using Eligibility.Core.Audit;
using Eligibility.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static Eligibility.Tests.Determinations.Api.DeterminationClient;

namespace Eligibility.Tests.Determinations.Api;

/// <summary>Names a caseworker entered in case facts are replaced in their chat questions too, before search or any model.</summary>
public sealed class NamesInChatTests
{
    [Fact]
    public async Task A_chat_question_naming_someone_from_the_caseworkers_cases_is_sent_with_a_placeholder()
    {
        await using var app = new EligibilityApp();
        var url = app.StartRealServer();
        using var caseworker = await SignedInAsync(url, "caseworker");
        await DraftAsync(caseworker, CaseFactsSamples.NonMagiCouple("2026-02"));
        var cookie = await HubClient.SignInAsync(url, "caseworker", "caseworker-demo");

        var results = await HubClient.RunAsync(url, cookie, HubClient.Stream("Ask", new { question = "Does the property limit apply to robert chen and Linda in 2026?", asOf = "2026-02-01" }));

        var answerId = results[0].GetProperty("items").EnumerateArray().Last().GetProperty("answerId").GetString()!;
        var entry = Assert.Single(await app.Services.GetRequiredService<IAuditLog>().ReadAsync(answerId, Ct));
        var sent = JsonDocument.Parse(entry.Payload).RootElement.GetProperty("questionSent").GetString()!;
        Assert.DoesNotContain("robert", sent, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("chen", sent, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Linda", sent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("[NAME-1]", sent, StringComparison.Ordinal);
        Assert.Contains("[NAME-2]", sent, StringComparison.Ordinal);
        Assert.Contains("property limit", sent, StringComparison.Ordinal);
    }
}
