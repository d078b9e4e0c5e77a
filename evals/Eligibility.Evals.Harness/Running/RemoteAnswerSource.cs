using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Eligibility.Evals.Suites;

namespace Eligibility.Evals.Running;

/// <summary>Answers through a running server's <c>POST /api/answers</c>, signed in as an evaluator.</summary>
public sealed class RemoteAnswerSource(HttpClient http) : IAnswerSource
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Signs in with cookie sign-in; the client must keep cookies.</summary>
    public static async Task SignInAsync(HttpClient http, string user, string password, CancellationToken ct)
    {
        var response = await http.PostAsJsonAsync("/auth/sign-in", new { name = user, password }, ct);
        if (response.StatusCode != HttpStatusCode.NoContent)
        {
            throw new InvalidOperationException($"sign-in to {http.BaseAddress} as '{user}' failed (HTTP {(int)response.StatusCode})");
        }
    }

    public async Task<CaseAnswer> AskAsync(EvalCase evalCase, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var response = await http.PostAsJsonAsync("/api/answers", new { question = evalCase.Question, asOf = evalCase.AsOf?.ToString("yyyy-MM-dd") }, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"case {evalCase.Id}: the server answered HTTP {(int)response.StatusCode}: {body}");
        }

        var answer = JsonSerializer.Deserialize<Answer>(body, Json) ?? throw new InvalidOperationException($"case {evalCase.Id}: empty answer");
        return new CaseAnswer(
            answer.Text,
            answer.Abstained,
            answer.Mode.ToLowerInvariant(),
            answer.Retrieved.Select(p => new AnsweredPassage(p.PassageId, p.ManualId, p.Version, p.SectionPath, p.PageStart, p.PageEnd, p.Score, p.Support)).ToList(),
            answer.Citations.Select(c => new CitedPassage(c.Number, c.PassageId, c.ManualId, c.SectionPath, c.CitedText)).ToList(),
            watch.Elapsed.TotalMilliseconds);
    }

    private sealed record Answer(string Text, bool Abstained, string Mode, List<Source> Retrieved, List<Cited> Citations);

    private sealed record Source(string PassageId, string ManualId, string Version, string SectionPath, int PageStart, int PageEnd, double Score, double Support);

    private sealed record Cited(int Number, string PassageId, string ManualId, string SectionPath, string CitedText);
}
