using Eligibility.Core.Answering;
using Eligibility.Core.Audit;
using Eligibility.Server.Identity;
using Eligibility.Server.PersonalData;

namespace Eligibility.Server.Assistant;

/// <summary>
/// <c>POST /api/answers</c>: one question answered whole, for evaluators running suites against a server
/// (<c>evals run --against URL</c>). Same assistant as the panel; nothing is saved in anyone's conversations.
/// </summary>
internal static class AnswerEndpoints
{
    public sealed record AnswerRequest(string? Question, string? AsOf);

    public sealed record AnswerResponse(
        string AnswerId, string Text, bool Abstained, AnswerMode Mode, IReadOnlyList<SourcePassage> Retrieved, IReadOnlyList<AnswerCitation> Citations,
        int DroppedCitations, long ServerMilliseconds);

    public static IEndpointRouteBuilder MapAnswers(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/answers", async (AnswerRequest request, AssistantService assistant, IAuditLog audit, HttpContext http, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(request.Question) || request.Question.Length > AssistantHub.MaxQuestionLength)
            {
                return Results.Problem($"The question must have 1 to {AssistantHub.MaxQuestionLength:N0} characters.", statusCode: 400);
            }

            DateOnly? asOf = null;
            if (!string.IsNullOrWhiteSpace(request.AsOf))
            {
                if (!DateOnly.TryParseExact(request.AsOf, "yyyy-MM-dd", out var date))
                {
                    return Results.Problem($"'{request.AsOf}' is not a date (use YYYY-MM-DD).", statusCode: 400);
                }

                asOf = date;
            }

            var answer = new AnswerCollector();
            await foreach (var e in assistant.AskAsync(new AskRequest("evaluation", request.Question.Trim(), asOf, []), ct))
            {
                answer.Add(e);
            }

            if (answer.Completed is { } done && answer.Started is { } started)
            {
                // The answer is given to whoever called, and may carry what the question said about a person: on record.
                await audit.AppendAsync(new AuditRecord(http.User.Identity?.Name ?? "unknown", "answer-given", done.AnswerId, new
                {
                    questionSent = started.StandaloneQuestion, asOf = started.AsOf, mode = done.Mode.ToString(), abstained = done.Abstained,
                    citations = answer.Citations.Select(c => new { c.Number, c.PassageId, c.Version }),
                }), ct);
                return Results.Ok(new AnswerResponse(done.AnswerId, answer.Text, done.Abstained, done.Mode, answer.Sources, answer.Citations, done.DroppedCitations, done.ServerMilliseconds));
            }

            return Results.Problem(answer.Failed?.Message ?? "The answer did not complete.", statusCode: 502);
        }).RequireAuthorization(Roles.AnswersPolicy).WithMetadata(new ReadsPersonalDataAttribute("answer-given"));
        return app;
    }
}
