using Eligibility.Evals.Running;
using Eligibility.Evals.Suites;
using Eligibility.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Eligibility.Tests.Evals;

/// <summary><c>evals run --against URL</c>: the same cases answered through a running server, signed in as an evaluator.</summary>
public sealed class RemoteAnswerSourceTests
{
    [Fact]
    public async Task Cases_run_against_the_server_find_their_sources_and_abstain_where_they_should()
    {
        await using var app = new EligibilityApp();
        using var http = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        await RemoteAnswerSource.SignInAsync(http, "evaluator", "evaluator-demo", TestContext.Current.CancellationToken);
        var suite = new EvalSuite("remote", "", "remote.yaml",
        [
            new EvalCase("limit-2026", "Is there a property limit for one person?", new DateOnly(2026, 2, 1), true,
                [new ExpectedSource("medi-cal-eligibility-handbook", "4.1")], ["$130,000"], null),
            new EvalCase("office-hours", "What are the walk-in hours of the DPSS office in Pomona?", null, false, [], [], null),
        ]);

        var run = await new EvalRunner(new RemoteAnswerSource(http)).RunAsync([suite], "against test server", null, TestContext.Current.CancellationToken);

        var answered = run.Results[0];
        Assert.Equal(1, answered.FirstHit);
        Assert.False(answered.Answer.Abstained);
        Assert.Equal(["$130,000"], answered.FactsFound);
        Assert.All(answered.Answer.Citations, c => Assert.Equal("medi-cal-eligibility-handbook", c.ManualId));
        Assert.True(run.Results[1].Answer.Abstained);
        Assert.Equal(1.0, run.Metrics["abstention.accuracy"]);
    }

    [Fact]
    public async Task Signing_in_with_a_wrong_password_is_a_clear_error()
    {
        await using var app = new EligibilityApp();
        using var http = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => RemoteAnswerSource.SignInAsync(http, "evaluator", "wrong", TestContext.Current.CancellationToken));

        Assert.Contains("sign-in", error.Message, StringComparison.Ordinal);
        Assert.Contains("401", error.Message, StringComparison.Ordinal);
    }
}
